import { defineForum, detectForum, type CurrentUser } from './define';
import { localDateToIso } from './khoros';
import { excerptOf, first, textOf, toInt, toIsoDate } from '../dom';
import { defineSite } from '../sites/define';
import { khorosCanonical } from './khoros';
import { canonicalLink, ogTag } from '../structured/read';

export const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

export const THREAD_PATH = /^\/(?:[^/]+\/)?discussion\/[^/]+/i;

export const VIEWTHREAD = /\/digestviewer\/viewthread$/i;

export const HOST = 'community.broadcom.com';

export const site = /* @__PURE__ */ defineSite({
  id: 'broadcom-community',
  name: 'Broadcom Community',
  kind: 'forum-answer',
  linkHosts: ['communities.vmware.com'],
  matches: ['https://community.broadcom.com/*/discussion/*', 'https://community.broadcom.com/discussion/*', 'https://community.broadcom.com/*viewthread*'],
  /** Legacy VMTN links (Jive, then Khoros) and both Higher Logic thread forms, so saved links dedupe. */
  canonical(url) {
    if (url.hostname === 'communities.vmware.com') {
      const jive = url.pathname.match(/^\/(thread|message)\/(\d+)/);
      return jive ? new URL(`https://communities.vmware.com/${jive[1]}/${jive[2]}`) : khorosCanonical(url);
    }
    if (url.hostname !== HOST) return undefined;
    const bookmark = url.hash.match(/^#bm([0-9a-f-]{36})$/i)?.[1]?.toLowerCase();
    const out = new URL(`https://${HOST}/`);
    const key = [...url.searchParams].find(([name]) => name.toLowerCase() === 'messagekey')?.[1].match(GUID)?.[0];
    if (VIEWTHREAD.test(url.pathname) && key) {
      out.pathname = '/communities/community-home/digestviewer/viewthread';
      out.search = `MessageKey=${key.toLowerCase()}`;
    } else if (THREAD_PATH.test(url.pathname)) {
      out.pathname = url.pathname.toLowerCase();
    } else {
      return undefined;
    }
    if (bookmark) out.hash = `bm${bookmark}`;
    return out;
  },
});

/**
 * Broadcom Community (Higher Logic; VMTN's home since 2024). What is public [V]: thread URLs
 * `/{community}/discussion/{slug}` and `…/digestviewer/viewthread?MessageKey={guid}`, and a bookmark
 * `#bm{MessageKey}` per message (research/sites.md §3). The thread markup and the reply postback are
 * not public [I], so this adapter keys on what survives redesigns: one bookmark per message, the
 * member profile link as the author, the signed-in member's own profile link outside the messages.
 */
const sel = {
  bookmark: 'a[name^="bm"], [id^="bm"]',
  /** Higher Logic member links: friendly `/people/{name}` or classic `…/profile?UserKey={guid}` [I]. */
  profile: 'a[href*="/people/"], a[href*="UserKey="]',
  me: ['header a[href*="/people/"]', 'header a[href*="UserKey="]', '[role="banner"] a[href*="/people/"]', '[role="banner"] a[href*="UserKey="]', 'a[title="My Profile"]'],
  date: ['time[datetime]', '[datetime]', '[class*="date" i]', '[class*="time" i]'],
  body: ['[itemprop="text"]', '[class*="message-body" i]', '[class*="messagebody" i]', '[class*="msg-body" i]', '[class*="post-body" i]'],
  votes: ['[class*="recommend" i][class*="count" i]', '[class*="like" i][class*="count" i]'],
  title: ['h1', 'h2'],
} as const;

const keyOf = (el: Element) => (el.getAttribute('name') ?? el.id).match(/^bm([0-9a-f-]{36})$/i)?.[1]?.toLowerCase();

/** A member's id from a profile link: the UserKey GUID, or the friendly profile name. */
function memberOf(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  const key = href.match(/UserKey=([0-9a-f-]{36})/i)?.[1];
  return (key ?? href.match(/\/people\/([^/?#]+)/)?.[1])?.toLowerCase();
}

/** The message a bookmark belongs to: its largest ancestor holding no other bookmark, else the element after it. */
function messageOf(bookmark: Element): Element | null {
  let el = bookmark;
  while (el.parentElement && el.parentElement !== el.ownerDocument.body && el.parentElement.querySelectorAll(sel.bookmark).length === 1) {
    el = el.parentElement;
  }
  return el === bookmark ? bookmark.nextElementSibling : el;
}

function items(doc: Document): Element[] {
  const found: Element[] = [];
  for (const bookmark of doc.querySelectorAll(sel.bookmark)) {
    const message = keyOf(bookmark) ? messageOf(bookmark) : null;
    if (message && !found.includes(message)) found.push(message);
  }
  return found;
}

function itemId(el: Element): string | undefined {
  const own = el.matches(sel.bookmark) ? el : el.querySelector(sel.bookmark) ?? el.previousElementSibling;
  return own ? keyOf(own) : undefined;
}

function currentUser(doc: Document): CurrentUser | null {
  const link = first(doc, sel.me);
  const id = memberOf(link?.getAttribute('href'));
  return id ? { id, handle: textOf(link) || undefined } : null;
}

/** The thread's own address: the friendly URL, or the classic viewer by the thread's MessageKey. */
function threadUrl(doc: Document, url: URL): string {
  const page = new URL(canonicalLink(doc) ?? ogTag(doc, 'url') ?? url.href, url);
  page.hash = '';
  if (THREAD_PATH.test(page.pathname)) page.search = '';
  return page.href;
}

export const detector = /* @__PURE__ */ detectForum(site, {
  saveLabel: 'Save reply',
  /**
   * Higher Logic pages are one ASP.NET form: a real submit, or a click on a control that looks like
   * the reply editor's Post/Send (LinkButtons post back by script, which fires no submit event) [I].
   * Either only arms a capture; a new message by the signed-in member must then appear.
   */
  submitForm: 'form',
  publishIntent: '[id*="btnPost" i], [id*="PostReply" i], [id*="btnSend" i], [id*="btnReply" i], [id*="SubmitReply" i]',

  detect(doc, url) {
    const thread = THREAD_PATH.test(url.pathname) || (VIEWTHREAD.test(url.pathname) && /MessageKey=|MID=/i.test(url.search));
    return url.hostname === HOST && thread && items(doc).length > 0;
  },

  items,
  itemId,
});

export default /* @__PURE__ */ defineForum(detector, {
  currentUser,

  extract(doc, url, el) {
    const key = itemId(el);
    const title = textOf(first(doc, sel.title)) || ogTag(doc, 'title') || doc.title;
    if (!key || !title) return null;
    const authorLink = el.querySelector(sel.profile);
    const me = currentUser(doc);
    const dateEl = first(el, sel.date);
    const bodyEl = first(el, sel.body);
    const text = textOf(bodyEl ?? el);
    const thread = threadUrl(doc, url);
    return {
      url: `${thread}#bm${key}`,
      contextUrl: thread,
      contextTitle: title,
      title,
      excerpt: excerptOf(text),
      text,
      publishedAt: toIsoDate(dateEl?.getAttribute('datetime')) ?? localDateToIso(textOf(dateEl)),
      author: textOf(authorLink) || undefined,
      own: Boolean(me?.id && memberOf(authorLink?.getAttribute('href')) === me.id),
      metrics: { votes: toInt(textOf(first(el, sel.votes)) || undefined) },
    };
  },
});
