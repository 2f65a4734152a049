import { defineForum, detectForum, type CurrentUser } from './define';
import { excerptOf, toIsoDate } from '../dom';
import { metaTag } from '../structured/read';
import { defineSite } from '../sites/define';
import { countersOf, htmlText, postingOf, str, titleOf } from './post-page';

/** A status page: `/@{user}/{id}`, or `/@{user}@{domain}/{id}` for a remote account's status. */
const STATUS_PATH = /^\/@([^/@]+)(?:@([^/]+))?\/(\d+)\/?$/;

export const site = /* @__PURE__ */ defineSite({
  id: 'mastodon',
  name: 'Mastodon',
  kind: 'social-post',
  // mastodon.social ships; any other instance is added by the user (lib/user-sites), like a self-hosted blog.
  matches: ['https://mastodon.social/@*'],
  canonical(url) {
    const match = url.pathname.match(STATUS_PATH);
    if (!match || url.hostname !== 'mastodon.social') return undefined;
    return new URL(`https://${url.hostname}/@${match[1]}${match[2] ? `@${match[2]}` : ''}/${match[3]}`);
  },
});

/**
 * Mastodon status pages. Facts: docs/research/sites-next.md §7, from mastodon/mastodon's own source [V]:
 * the server renders the head only (JSON-LD SocialMediaPosting unless the author chose noindex,
 * `og:*`, `profile:username` = user@domain) and an empty `#mastodon` holder the app draws into;
 * `#initial-state` names the signed-in account (`meta.me` → `accounts[me].acct`, with `meta.domain`).
 * Its access token is in the same JSON: only `me`, `domain` and that account's `acct` are kept.
 */
const sel = {
  state: 'script#initial-state',
  // The app draws the status here [V-3p: bramus/mastodon-redirector]; until then the button sits at the page's end.
} as const;

/** Everything the page's structured data says about its status, in one place (to move to lib/structured). */
function structured(doc: Document) {
  const node = postingOf(doc, ['SocialMediaPosting']);
  const author = node?.author as Record<string, unknown> | undefined;
  return {
    url: str(node?.url) ?? metaTag(doc, 'og:url'),
    text: str(node?.text) ? htmlText(str(node?.text)!) : (metaTag(doc, 'og:description') ?? ''),
    publishedAt: toIsoDate(str(node?.datePublished) ?? metaTag(doc, 'og:published_time')),
    author: str(author?.identifier) ?? metaTag(doc, 'profile:username'),
    counters: countersOf(node),
  };
}

function currentUser(doc: Document): CurrentUser | null {
  try {
    const state = JSON.parse(doc.querySelector(sel.state)?.textContent ?? '') as {
      meta?: { me?: unknown; domain?: unknown };
      accounts?: Record<string, { acct?: unknown }>;
    };
    const me = str(state.meta?.me);
    const acct = me ? str(state.accounts?.[me]?.acct) : undefined;
    const domain = str(state.meta?.domain);
    if (!me || !acct || !domain) return null;
    return { id: me, handle: acct.includes('@') ? acct : `${acct}@${domain}` };
  } catch {
    return null;
  }
}

const same = (a: string | undefined, b: string | undefined) => Boolean(a && b && a.replace(/^@/, '').toLowerCase() === b.replace(/^@/, '').toLowerCase());

export const detector = /* @__PURE__ */ detectForum(site, {
  saveLabel: 'Save post',
  saveAnchor: '.detailed-status__meta, .detailed-status',

  detect: (doc, url) => STATUS_PATH.test(url.pathname) && (postingOf(doc, ['SocialMediaPosting']) !== undefined || metaTag(doc, 'profile:username') !== undefined),

  // One status a page: the page itself is the post.
  items: (doc) => (doc.body ? [doc.body] : []),

  itemId: (el) => el.ownerDocument.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? undefined,
});

export default /* @__PURE__ */ defineForum(detector, {
  currentUser,

  extract(doc, url) {
    const facts = structured(doc);
    const title = titleOf(facts.text);
    if (!title || !STATUS_PATH.test(url.pathname)) return null;
    return {
      url: facts.url ?? `${url.origin}${url.pathname}`,
      title,
      excerpt: excerptOf(facts.text),
      text: facts.text,
      publishedAt: facts.publishedAt,
      author: facts.author,
      own: same(facts.author, currentUser(doc)?.handle),
      metrics: facts.counters,
    };
  },
});
