import { defineForum, detectForum, type CurrentUser } from './define';
import { attrOf, excerptOf, first, firstOwn, textOf, toInt, toIsoDate } from '../dom';
import { defineSite } from '../sites/define';
import { ogTag } from '../structured/read';

export const HOSTS = /^(?:www\.|old\.|new\.|np\.)?reddit\.com$/;

/** `/r/{sub}/comments/{post}[/{slug}[/{comment}]]` and the newer `/r/{sub}/comments/{post}/comment/{comment}`. */
export const THREAD_PATH = /^\/r\/([^/]+)\/comments\/([a-z0-9]+)(?:\/(?:comment\/([a-z0-9]+)|[^/]*(?:\/([a-z0-9]+))?))?\/?$/i;

export const WWW = 'https://www.reddit.com';

export interface Thread {
  sub: string;
  post: string;
  comment?: string;
}

export function threadOf(url: URL): Thread | undefined {
  if (!HOSTS.test(url.hostname)) return undefined;
  const match = url.pathname.match(THREAD_PATH);
  if (!match) return undefined;
  const comment = match[3] ?? match[4];
  return { sub: match[1]!.toLowerCase(), post: match[2]!.toLowerCase(), comment: comment?.toLowerCase() };
}

/** One key for a comment whichever Reddit served it: www, the newer `/comment/` form, lower-case. */
export const threadUrl = ({ sub, post }: Thread) => `${WWW}/r/${sub}/comments/${post}`;

export const commentUrl = (thread: Thread, comment: string) => `${threadUrl(thread)}/comment/${comment}`;

export const site = /* @__PURE__ */ defineSite({
  id: 'reddit',
  name: 'Reddit',
  kind: 'forum-answer',
  linkHosts: ['*.reddit.com'],
  matches: ['https://www.reddit.com/r/*/comments/*', 'https://old.reddit.com/r/*/comments/*', 'https://new.reddit.com/r/*/comments/*'],
  canonical(url) {
    const thread = threadOf(url);
    if (!thread) return undefined;
    return new URL(thread.comment ? commentUrl(thread, thread.comment) : threadUrl(thread));
  },
});

/**
 * Reddit, new ("shreddit") and old. Facts: research/sites.md §6 and §11 #11 (a 2026 shreddit head:
 * OpenGraph url `/r/{sub}/comments/{id}/{slug}/`); third-party parsers and bots [V-3p]:
 * `shreddit-comment[thingid][author][permalink][score]` with the body in
 * `#{thingid}-comment-rtjson-content` / `[slot=comment]`, `shreddit-post[post-title]`,
 * `h1[slot=title]`, the composer `shreddit-composer > button[type=submit][slot=submit-button]`,
 * the viewer's name in a `[username]` attribute on `community-author-flair`,
 * `achievements-entrypoint` or `after-login-toast-dispatcher` (shreddit 2025–26); old Reddit's
 * `div.thing.comment[data-fullname][data-author][data-permalink]`, `.score[title]`,
 * `time.live-timestamp[datetime]`, `.usertext-body .md`, `form.usertext` with `button.save`, and
 * the header's `#header-bottom-right .user a`. Replies nest inside their parent on both.
 */
const sel = {
  comment: 'shreddit-comment[thingid], div.thing.comment[data-fullname]',
  post: ['shreddit-post', '#siteTable .thing.link', '.thing.link'],
  title: ['h1[slot="title"]', '#siteTable a.title', 'a.title'],
  body: ['[slot="comment"]', '.entry .usertext-body .md', '.usertext-body .md'],
  created: ['faceplate-timeago[ts]', 'time.live-timestamp[datetime]', 'time[datetime]:not(.edited-timestamp)'],
  score: ['.entry .score.unvoted[title]', '.entry .score[title]'],
  me: ['community-author-flair[username]', 'achievements-entrypoint[username]', 'after-login-toast-dispatcher[username]'],
  oldMe: '#header-bottom-right .user a[href*="/user/"]',
} as const;

const idOf = (el: Element) => el.getAttribute('thingid') ?? el.getAttribute('data-fullname') ?? undefined;

function currentUser(doc: Document): CurrentUser | null {
  const named = attrOf(doc, sel.me, 'username');
  const handle = named ?? (textOf(doc.querySelector(sel.oldMe)) || undefined);
  return handle ? { handle: handle.replace(/^u\//, '') } : null;
}

function authorOf(el: Element): string | undefined {
  const author = el.getAttribute('author') ?? el.getAttribute('data-author');
  return author && author !== '[deleted]' ? author : undefined;
}

function dateOf(el: Element): string | undefined {
  const attribute = el.getAttribute('created-timestamp') ?? el.getAttribute('created');
  if (attribute) return toIsoDate(attribute);
  const time = firstOwn(el, sel.created, sel.comment);
  return toIsoDate(time?.getAttribute('ts') ?? time?.getAttribute('datetime'));
}

function bodyOf(el: Element): Element | null {
  const id = idOf(el);
  const rich = id ? el.ownerDocument.getElementById(`${id}-comment-rtjson-content`) : null;
  return rich ?? firstOwn(el, sel.body, sel.comment);
}

function titleOf(doc: Document): string {
  const post = first(doc, sel.post);
  return (
    post?.getAttribute('post-title')?.trim() ||
    textOf(first(doc, sel.title)) ||
    ogTag(doc, 'title') ||
    doc.title.replace(/ : r\/\S+$/, '').trim()
  );
}

export const detector = /* @__PURE__ */ detectForum(site, {
  saveLabel: 'Save comment',
  submitForm: 'shreddit-composer, comment-composer-host, form.usertext',
  // Shreddit's comment element renders its light children through slots: the button goes in a slotted part.
  saveAnchor: '[slot="comment"], .entry ul.flat-list.buttons',

  detect: (doc, url) => threadOf(url) !== undefined && (first(doc, sel.post) !== null || first(doc, sel.title) !== null),

  items: (doc) => [...doc.querySelectorAll(sel.comment)],

  itemId: idOf,
});

export default /* @__PURE__ */ defineForum(detector, {
  currentUser,

  extract(doc, url, el) {
    const thread = threadOf(url);
    const comment = idOf(el)?.replace(/^t1_/, '');
    const title = titleOf(doc);
    if (!thread || !comment || !title) return null;
    const text = textOf(bodyOf(el));
    const author = authorOf(el);
    const me = currentUser(doc);
    const score = el.getAttribute('score') ?? attrOf(el, sel.score, 'title');
    return {
      url: commentUrl(thread, comment),
      contextUrl: threadUrl(thread),
      contextTitle: title,
      title,
      excerpt: excerptOf(text),
      text,
      publishedAt: dateOf(el),
      author,
      own: Boolean(me?.handle && author && me.handle.toLowerCase() === author.toLowerCase()),
      metrics: { votes: toInt(score) },
    };
  },
});
