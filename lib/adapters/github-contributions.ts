import { defineForum, detectForum, type CurrentUser } from './define';
import { excerptOf, first, textOf, toIsoDate } from '../dom';
import { canonicalLink, metaTag } from '../structured/read';
import type { Kind } from '../schema/contribution';
import { defineSite } from '../sites/define';

/** `/{owner}/{repo}/pull/{n}` (any tab: /files, /commits) or `/{owner}/{repo}/issues/{n}`. */
const ITEM_PATH = /^\/([^/]+)\/([^/]+)\/(pull|issues)\/(\d+)(?:\/|$)/;
/** Where a pull request or an issue is written: the compare page and the new-issue form. */
const FORM_PATH = /^\/[^/]+\/[^/]+\/(?:compare\/.|issues\/new(?:\/|$))/;

interface ItemRef {
  owner: string;
  repo: string;
  type: 'pull' | 'issues';
  number: string;
}

export function itemOf(url: URL): ItemRef | undefined {
  if (url.hostname !== 'github.com') return undefined;
  const match = url.pathname.match(ITEM_PATH);
  return match ? { owner: match[1]!, repo: match[2]!, type: match[3] as ItemRef['type'], number: match[4]! } : undefined;
}

const itemUrl = (ref: ItemRef) => `https://github.com/${ref.owner}/${ref.repo}/${ref.type}/${ref.number}`;

export const site = /* @__PURE__ */ defineSite({
  id: 'github-contributions',
  name: 'GitHub pull requests and issues',
  kind: 'code',
  matches: ['https://github.com/*/*/pull/*', 'https://github.com/*/*/issues/*', 'https://github.com/*/*/compare/*'],
  // Lists, the repository's page and its "Compare & pull request" banner open these by soft navigation.
  navigatesFrom: ['https://github.com/*'],
  canonical(url) {
    const ref = itemOf(url);
    return ref ? new URL(itemUrl(ref)) : undefined;
  },
});

/**
 * Documentation repositories: Microsoft's (MicrosoftDocs/*) and any repository named docs or *-docs
 * (vmware/*-docs, kubernetes/website is not one). A pull request changing only files under docs/ in
 * a code repository shows its paths on the Files tab alone, so it stays 'code' [I: read the Files tab].
 */
export function isDocsRepo(owner: string, repo: string): boolean {
  return owner.toLowerCase() === 'microsoftdocs' || /(?:^|[-_.])docs$/i.test(repo);
}

/**
 * GitHub pull requests and issues. Facts: docs/research/sites-next.md §6. Two page styles: the classic
 * header (`.gh-header-meta` with `.State--merged` and `a.author` [V: real markup in eclipse/che
 * tests, Primer docs]) and the React pages (`react-app.embeddedData` JSON with
 * `payload.pullRequestsLayoutRoute.pullRequest` [V-3p]; issue author
 * `[data-testid=issue-body-header-author]` [V-3p]; `number`, `createdAt`, `data-status` values and
 * `prc-*` classes [I: confirm]). The viewer is `meta[name=user-login]` on every GitHub page [V].
 * The state is read from the page before the JSON: the JSON is written once at load and does not
 * change when a maintainer merges while the page is open.
 */
const sel = {
  header: ['#partial-discussion-header', '[data-testid="issue-header"]', '.prc-PageHeader-PageHeader', 'main h1'],
  title: ['.js-issue-title', '[data-testid="issue-title"]', 'h1 bdi.markdown-title', 'h1 bdi'],
  author: [
    '.gh-header-meta a.author',
    'a[data-testid="issue-body-header-author"]',
    '[class*="PullRequestHeaderSummary"] a[data-hovercard-type="user"]',
    '.timeline-comment-header a.author',
  ],
  state: ['.gh-header-meta .State', '[data-testid="header-state"]', '[class*="PullRequestHeaderSummary"] [data-status]', '.prc-StateLabel-StateLabel'],
  mergedAt: ['.gh-header-meta relative-time[datetime]', '[class*="PullRequestHeaderSummary"] relative-time[datetime]'],
  createdAt: ['.timeline-comment-header relative-time[datetime]', '[data-testid="issue-body"] relative-time[datetime]'],
  body: ['.js-discussion .js-comment-body', '[data-testid="issue-body"] [data-testid="markdown-body"]', '.comment-body'],
  embedded: 'script[type="application/json"][data-target="react-app.embeddedData"]',
  me: 'meta[name="user-login"]',
} as const;

type State = 'open' | 'closed' | 'merged' | 'draft';

/** The React page's embedded pull request, or undefined (issue pages, classic pages, a broken block). */
function embeddedPull(doc: Document): Record<string, unknown> | undefined {
  try {
    const data = JSON.parse(doc.querySelector(sel.embedded)?.textContent ?? '') as { payload?: { pullRequestsLayoutRoute?: { pullRequest?: unknown } } };
    const pull = data.payload?.pullRequestsLayoutRoute?.pullRequest;
    return pull && typeof pull === 'object' ? (pull as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const str = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/** "Status: Merged", `State--merged`, data-status="pullMerged" / "issueClosed", or the label's text. */
function stateOf(doc: Document, pull: Record<string, unknown> | undefined): State | undefined {
  const label = first(doc, sel.state);
  const said = [label?.getAttribute('title'), label?.getAttribute('data-status'), label?.className, textOf(label)].join(' ').toLowerCase();
  for (const state of ['merged', 'draft', 'closed', 'open'] as const) if (said.includes(state)) return state;
  const json = str(pull?.state)?.toLowerCase();
  return json === 'merged' || json === 'closed' || json === 'open' || json === 'draft' ? json : undefined;
}

/** The item this page shows, from its canonical link (the fixture test's documents have no location). */
function pageRef(doc: Document): ItemRef | undefined {
  for (const raw of [canonicalLink(doc), metaTag(doc, 'og:url'), doc.location?.href]) {
    try {
      const ref = raw ? itemOf(new URL(raw)) : undefined;
      if (ref) return ref;
    } catch {
      // not a link: try the next source
    }
  }
  return undefined;
}

function currentUser(doc: Document): CurrentUser | null {
  const login = doc.querySelector(sel.me)?.getAttribute('content')?.trim();
  return login ? { handle: login } : null;
}

const same = (a: string | undefined, b: string | undefined) => Boolean(a && b && a.toLowerCase() === b.toLowerCase());

export const detector = /* @__PURE__ */ detectForum(site, {
  saveLabel: 'Save to contributions',
  // Opening: the compare page's and the new-issue page's forms are Rails forms; the React new-issue
  // page has a Create button [I: confirm all three]. Merging: the merge box's buttons [I: confirm].
  submitForm: 'form#new_pull_request, form.js-compare-pr-form, form#new_issue',
  publishIntent: '[data-testid="create-issue-button"], button.js-merge-commit-button, [data-testid="mergebox-partial"] button',
  // A maintainer's merge changes the header while the author watches: that change is the capture.
  watchesState: true,

  detect: (doc, url) => FORM_PATH.test(url.pathname) || (itemOf(url) !== undefined && first(doc, sel.header) !== null),

  items(doc) {
    const header = pageRef(doc) ? first(doc, sel.header) : null;
    return header ? [header] : [];
  },

  /**
   * The item and its state, so a merge makes a new id for the auto-capture to confirm. A pull request
   * or issue in the viewer's own repository has no id: it is never taken automatically (it is no
   * contribution to others' projects; the GitHub import brings the user's own repositories), while
   * its Save button still stores it, with the tag "own repository".
   */
  itemId(el) {
    const doc = el.ownerDocument;
    const ref = pageRef(doc);
    if (!ref || same(ref.owner, currentUser(doc)?.handle)) return undefined;
    return `${ref.type}-${ref.number}:${stateOf(doc, embeddedPull(doc)) ?? 'unknown'}`;
  },
});

export default /* @__PURE__ */ defineForum(detector, {
  currentUser,

  extract(doc, url) {
    const ref = itemOf(url) ?? pageRef(doc);
    if (!ref) return null;
    const pull = ref.type === 'pull' ? embeddedPull(doc) : undefined;
    const nwo = metaTag(doc, 'octolytics-dimension-repository_nwo') ?? `${ref.owner}/${ref.repo}`;
    const [owner = ref.owner, repo = ref.repo] = nwo.split('/');
    // og:title reads "Title by author · Pull Request #N · owner/repo" or "Title · Issue #N · owner/repo".
    const ogTitle = metaTag(doc, 'og:title')?.split(' · ')[0]?.replace(/ by [^ ]+$/, '');
    const title = textOf(first(doc, sel.title)) || str(pull?.title) || ogTitle;
    if (!title) return null;
    const author =
      textOf(first(doc, sel.author)).replace(/^@/, '') ||
      str((pull?.author as Record<string, unknown> | undefined)?.login) ||
      metaTag(doc, 'og:author:username');
    const viewer = currentUser(doc)?.handle;
    const state = stateOf(doc, pull);
    const mergedAt = state === 'merged' ? toIsoDate(first(doc, sel.mergedAt)?.getAttribute('datetime') ?? str(pull?.mergedTime)) : undefined;
    const createdAt = toIsoDate(str(pull?.createdAt) ?? first(doc, sel.createdAt)?.getAttribute('datetime'));
    const text = textOf(first(doc, sel.body));
    const kind: Kind = isDocsRepo(owner, repo) ? 'documentation' : 'code';
    const tags = [ref.type === 'pull' ? 'pull request' : 'issue', ...(state ? [state] : []), ...(same(owner, viewer) ? ['own repository'] : [])];
    return {
      kind,
      url: itemUrl({ ...ref, owner, repo }),
      contextUrl: `https://github.com/${owner}/${repo}`,
      contextTitle: `${owner}/${repo}`,
      title,
      excerpt: excerptOf(text),
      text,
      // A merged pull request counts when it was merged; anything else when it was opened.
      publishedAt: mergedAt ?? createdAt,
      author,
      own: same(author, viewer),
      tags,
    };
  },
});
