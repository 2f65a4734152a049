import { defineForum, detectForum, type CurrentUser } from './define';
import { attrOf, excerptOf, first, textOf, toInt } from '../dom';
import { defineSite } from '../sites/define';
import { ogTag } from '../structured/read';

/** `/t/{slug}/{topicId}[/{postNumber}]`, possibly under a sub-folder install (`/forum/t/…`). */
export const TOPIC_PATH = /^(.*?)\/t\/([^/]+)\/(\d+)(?:\/(\d+))?\/?$/;

export const site = /* @__PURE__ */ defineSite({
  id: 'discourse',
  name: 'Discourse',
  kind: 'forum-answer',
  matches: ['https://meta.discourse.org/t/*'],
  canonical(url) {
    const match = url.pathname.match(TOPIC_PATH);
    if (!match) return undefined;
    // Share links carry `?u=<sharer>` for badges; `#post_N` is the same post as `/N`.
    const number = match[4] ?? url.hash.match(/^#post_(\d+)$/)?.[1];
    const out = new URL(`${url.origin}${match[1]}/t/${match[2]}/${match[3]}${number ? `/${number}` : ''}`);
    for (const [name, value] of url.searchParams) if (name !== 'u') out.searchParams.append(name, value);
    return out;
  },
});

/**
 * Any Discourse forum. Facts: research/sites.md §5 and the discourse/discourse source — the Glimmer
 * post component (`article#post_N[data-post-id][data-topic-id][data-user-id]` inside
 * `div.topic-post`, `current-user-post` on the wrapper of the viewer's own posts, `staged` while a
 * reply is saving), `a.post-date` holding `span.relative-date[data-time]`, the composer's
 * `#reply-control .save-or-cancel .create`, and the layout's preloaded JSON (`#data-preloaded`,
 * an attribute on a div in older versions, a JSON script in newer ones) with `currentUser`.
 * Ships for meta.discourse.org; every other forum is added by the user (lib/user-sites).
 */
const sel = {
  generator: 'meta[name="generator"][content^="Discourse"]',
  post: 'article[id^="post_"][data-post-id]',
  wrapper: '.topic-post',
  body: ['.cooked', '.post__contents .cooked'],
  username: ['.names [data-user-card]', '.topic-meta-data [data-user-card]', '.names a[href*="/u/"]'],
  created: ['a.post-date [data-time]', '.post-date [data-time]'],
  likes: ['.post-action-menu__like-count', 'button.like-count', '.like-count'],
  title: ['#topic-title .fancy-title', 'h1[data-topic-id] .fancy-title', '#topic-title h1', '.title-wrapper h1'],
  preloaded: '#data-preloaded',
} as const;

const POST_NUMBER = /^post_(\d+)$/;

interface Topic {
  base: string;
  slug: string;
  id: string;
}

function topicOf(url: URL): Topic | undefined {
  const match = url.pathname.match(TOPIC_PATH);
  return match ? { base: `${url.origin}${match[1]}`, slug: match[2]!, id: match[3]! } : undefined;
}

/** The preloaded store: each value is a JSON string in older versions and an object in newer ones. */
function preloaded(doc: Document, key: string): Record<string, unknown> | undefined {
  const holder = doc.querySelector(sel.preloaded);
  const raw = holder?.getAttribute('data-preloaded') || holder?.textContent;
  if (!raw) return undefined;
  try {
    const value = (JSON.parse(raw) as Record<string, unknown>)[key];
    const parsed = typeof value === 'string' ? JSON.parse(value) : value;
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function currentUser(doc: Document): CurrentUser | null {
  const user = preloaded(doc, 'currentUser');
  if (!user || (user.id == null && typeof user.username !== 'string')) return null;
  return {
    id: user.id == null ? undefined : String(user.id),
    handle: typeof user.username === 'string' ? user.username : undefined,
  };
}

/** A saved post's id; none while a reply is staged (the app gives it id -1 until the server saves it). */
function postId(el: Element): string | undefined {
  const id = el.getAttribute('data-post-id');
  return id && /^\d+$/.test(id) && Number(id) > 0 ? id : undefined;
}

function isOwn(el: Element, me: CurrentUser | null): boolean {
  if (el.closest(sel.wrapper)?.classList.contains('current-user-post')) return true;
  return Boolean(me?.id && el.getAttribute('data-user-id') === me.id);
}

export const detector = /* @__PURE__ */ detectForum(site, {
  saveLabel: 'Save post',
  // The composer is not a form: its Reply/Create button is the intent.
  publishIntent: '#reply-control .save-or-cancel .create, #reply-control button.create',
  // The composer also sends on Ctrl/Cmd+Enter, its documented shortcut [I: confirm live].
  submitShortcut: '#reply-control textarea, #reply-control .d-editor-input',
  saveAnchor: '.post-controls .actions, .post-menu-area, .topic-body',

  detect: (doc, url) => doc.querySelector(sel.generator) !== null && topicOf(url) !== undefined,

  // A staged reply (still saving) is not a post yet: no button, no capture.
  items: (doc) => [...doc.querySelectorAll(sel.post)].filter((el) => postId(el) !== undefined),

  itemId: postId,
});

export default /* @__PURE__ */ defineForum(detector, {
  currentUser,

  extract(doc, url, el) {
    const topic = topicOf(url);
    const id = postId(el);
    const number = el.id.match(POST_NUMBER)?.[1];
    const title = textOf(first(doc, sel.title)) || ogTag(doc, 'title') || doc.title;
    if (!topic || !id || !number || !title) return null;
    const text = textOf(first(el, sel.body));
    const time = toInt(attrOf(el, sel.created, 'data-time'));
    return {
      kind: number === '1' ? 'forum-thread' : 'forum-answer',
      url: `${topic.base}/t/${topic.slug}/${topic.id}/${number}`,
      contextUrl: `${topic.base}/t/${topic.slug}/${topic.id}`,
      contextTitle: title,
      title,
      excerpt: excerptOf(text),
      text,
      publishedAt: time ? new Date(time).toISOString() : undefined,
      author: attrOf(el, sel.username, 'data-user-card') ?? (textOf(first(el, sel.username)) || undefined),
      own: isOwn(el, currentUser(doc)),
      metrics: {
        // The like count is only drawn when there are likes.
        votes: toInt(textOf(first(el, sel.likes)) || undefined),
        // discourse-solved marks the accepted reply's wrapper [I: confirm the class on a live solved topic].
        accepted: el.closest(sel.wrapper)?.classList.contains('accepted-answer') ?? false,
      },
    };
  },
});
