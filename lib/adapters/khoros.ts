import { defineForum, detectForum, type CurrentUser, type Found } from './define';
import { attrOf, excerptOf, first, jsonObjectAfter, textOf, toInt, toIsoDate } from '../dom';
import { defineSite } from '../sites/define';
import { canonicalLink, jsonLd, ldOfType, ogTag } from '../structured/read';

export const AURORA_PATH = /^\/(discussions|blog|kb|idea|event)\/([^/]+)\/([^/]+)\/(\d+)(?:\/(?:replies|comments)\/(\d+))?/i;

export const CLASSIC_PATH = /^\/t5\/(.+?)\/(td-p|m-p|qaq-p|qaa-p|ta-p|ba-p|idi-p|ev-p)\/(\d+)/i;

export const AURORA_HOSTS = new Set(['techcommunity.microsoft.com']);

/** Khoros URL rules, also used for legacy VMTN links (see broadcom-community.ts). */
export function khorosCanonical(url: URL): URL | undefined {
  const classic = url.pathname.match(CLASSIC_PATH);
  if (classic) {
    const out = new URL(`https://${url.hostname}/t5/${classic[1]}/${classic[2]!.toLowerCase()}/${classic[3]}`);
    // `/m-p/{id}` names the message; `#M{n}` only repeats it. On a thread URL `#M{n}` picks a reply.
    if (classic[2]!.toLowerCase() !== 'm-p' && /^#M\d+$/.test(url.hash)) out.hash = url.hash;
    return out;
  }
  const aurora = AURORA_HOSTS.has(url.hostname) ? url.pathname.match(AURORA_PATH) : null;
  // Aurora serves lower-cased paths (seoProperties.lowercasePath), so links differ only in case.
  return aurora ? new URL(`https://${url.hostname}${aurora[0].toLowerCase()}`) : undefined;
}

export const site = /* @__PURE__ */ defineSite({
  id: 'khoros',
  name: 'Khoros community',
  kind: 'forum-answer',
  matches: ['https://techcommunity.microsoft.com/discussions/*', 'https://techcommunity.microsoft.com/t5/*', 'https://communities.vmware.com/t5/*'],
  canonical: khorosCanonical,
});

/**
 * Khoros communities, both generations, on any host:
 * - Aurora (Next.js; Microsoft Tech Community since 2024): data-testid markup, the Apollo cache in
 *   `#__NEXT_DATA__`, QAPage JSON-LD. Facts from a saved Tech Community thread (Dec 2025,
 *   maggierui/customer-intent-scraper `debug_spider_page.html`) and research/sites.md §4.
 * - Classic Lithium (/t5/ URLs; VMTN 2021–2024, many vendor forums): lia-* markup and the inline
 *   `LITHIUM.CommunityJsonObject` (research/sites.md §4; public Khoros scrapers).
 */
const sel = {
  auroraData: 'script#__NEXT_DATA__',
  auroraMessage: 'article[data-testid="StandardMessageView"]',
  auroraReplyLink: 'a[data-testid="MessageLink"][href*="/replies/"]',
  auroraUser: 'a[data-testid="userLink"][href*="/users/"]',
  auroraTime: ['[data-testid="messageTime"] [title]', '[data-testid="messageTime"]'],
  // The kudos count is the button after the Like button (a modal opener, or disabled at zero).
  auroraKudos: ['[data-testid="KudosButton"] ~ button'],
  auroraSubject: ['h1[data-testid="MessageSubject"]'],
  classicMessage: '.lia-message-view-wrapper[data-lia-message-uid]',
  classicUser: ['.lia-user-name-link[href*="user-id"]', 'a.lia-user-name-link', '.lia-message-author-username a'],
  classicDate: ['.lia-message-post-date .local-friendly-date[title]', '.lia-message-posted-on', '.lia-message-post-date', '.lia-message-date'],
  classicKudos: ['[id^="messageKudosCount"]', '.MessageKudosCount', '.lia-component-kudos-widget-message-kudos-count'],
  classicAccepted: '.lia-message-body-accepted-solution-checkmark, .lia-accepted-solution, .lia-list-row-thread-solved',
  classicSubject: ['.lia-message-subject h1', 'h1.page-title', '.lia-message-subject'],
  classicData: 'script:not([src])',
  // Markup last: Aurora's body class is a CSS-module name; we read its stable stem, never the hash.
  body: ['[itemprop="text"] .lia-message-body-content', '.lia-message-body-content', '[itemprop="text"]', '[class*="lia-g-message-body"]'],
  solutionText: 'button[disabled], .lia-component-solution-info',
} as const;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A date as forums print it for the reader ("June 2, 2025 at 11:41 AM", "‎07-16-2021 09:12 AM"), taken
 * as the browser's local time: Aurora renders these client-side, classic Khoros in the reader's
 * profile zone, which is usually the same. Month-first numeric dates are Khoros's default format.
 */
export function localDateToIso(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  const text = raw.replace(/[\u200e\u200f]/g, '').replace(/\s+/g, ' ').trim();
  let year: number, month: number, day: number;
  let match = text.match(/\b([A-Za-z]{3})[a-z]*\.? (\d{1,2}),? (\d{4})/);
  if (match) [year, month, day] = [Number(match[3]), MONTHS.indexOf(match[1]!.toLowerCase()), Number(match[2])];
  else if ((match = text.match(/\b(\d{4})-(\d{1,2})-(\d{1,2})/))) [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  else if ((match = text.match(/\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})/))) [year, month, day] = [Number(match[3]), Number(match[1]) - 1, Number(match[2])];
  else return undefined;
  const time = text.slice(match.index! + match[0].length).match(/(\d{1,2}):(\d{2})(?::(\d{2}))? ?([AaPp])?/);
  let hours = Number(time?.[1] ?? 0);
  if (time?.[4]) hours = (hours % 12) + (/p/i.test(time[4]) ? 12 : 0);
  const date = new Date(year, month, day, hours, Number(time?.[2] ?? 0), Number(time?.[3] ?? 0));
  return month < 0 || Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

type Json = Record<string, unknown>;
interface Structured {
  /** Answers from the QAPage JSON-LD, by message id. */
  answers: Map<string, { date?: string; votes?: number; author?: string; accepted: boolean }>;
  /** The Apollo cache of an Aurora page. */
  apollo?: Json;
  title?: string;
}

const decode = (html: string) =>
  html.replace(/<[^>]+>/g, ' ').replace(/&(apos|#39);/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&');
const str = (value: unknown) => (typeof value === 'string' ? value : undefined);
const messageIdOf = (href: string | null | undefined) => href?.match(/\/(?:replies|m-p)\/(\d+)/)?.[1];

/** The Next.js payload is large and every post reads it: parsed once per document (it never changes in place). */
const apolloCache = new WeakMap<Document, Json | undefined>();
function apolloOf(doc: Document): Json | undefined {
  if (apolloCache.has(doc)) return apolloCache.get(doc);
  let apollo: Json | undefined;
  try {
    const next = JSON.parse(doc.querySelector(sel.auroraData)?.textContent ?? 'null') as Json | null;
    apollo = ((next?.props as Json | undefined)?.pageProps as Json | undefined)?.apolloState as Json | undefined;
  } catch {
    // A page without a readable payload falls back to its markup.
  }
  apolloCache.set(doc, apollo);
  return apollo;
}

/** Structured data first; the JSON-LD is read afresh, as in-app navigation replaces it. */
function structured(doc: Document): Structured {
  const found: Structured = { answers: new Map(), apollo: apolloOf(doc) };
  const page = ldOfType(jsonLd(doc), 'QAPage');
  const question = page?.mainEntity as Json | undefined;
  for (const [key, accepted] of [['acceptedAnswer', true], ['suggestedAnswer', false]] as const) {
    const value = question?.[key];
    for (const answer of (Array.isArray(value) ? value : value ? [value] : []) as Json[]) {
      const id = messageIdOf(str(answer.url));
      const author = answer.author as Json | string | undefined;
      if (id) found.answers.set(id, {
        date: toIsoDate(str(answer.dateCreated)),
        votes: typeof answer.upvoteCount === 'number' ? answer.upvoteCount : undefined,
        author: typeof author === 'string' ? author : str(author?.name),
        accepted,
      });
    }
  }
  const name = str(question?.name);
  found.title = name ? decode(name).replace(/\s+/g, ' ').trim() : undefined;
  return found;
}

/** The Apollo record of a message (reply, accepted solution…) by id. */
function apolloMessage(apollo: Json | undefined, id: string): Json | undefined {
  if (!apollo) return undefined;
  const key = Object.keys(apollo).find((name) => name.endsWith(`Message:message:${id}`));
  return key ? (apollo[key] as Json) : undefined;
}

/** Classic pages print `LITHIUM.CommunityJsonObject = {…};` inline; we read its `User`. */
function classicUser(doc: Document): Json | undefined {
  for (const script of doc.querySelectorAll(sel.classicData)) {
    const found = jsonObjectAfter(script.textContent ?? '', 'LITHIUM.CommunityJsonObject');
    if (found) return found.User as Json | undefined;
  }
  return undefined;
}

function currentUser(doc: Document): CurrentUser | null {
  const apollo = apolloOf(doc);
  const ref = str(((apollo?.ROOT_QUERY as Json | undefined)?.self as Json | undefined)?.__ref);
  const id = ref?.match(/^User:user:(\d+)$/)?.[1];
  if (id && Number(id) > 0) return { id, handle: str((apollo?.[ref!] as Json | undefined)?.login) };
  const user = classicUser(doc);
  if (user && user.isAnonymous === false && Number(user.id) > 0) return { id: String(user.id), handle: str(user.login) };
  return null;
}

const isAurora = (el: Element) => el.matches(sel.auroraMessage);

/** A reply's own permalink: the topic's article holds a copy of the accepted reply, whose link is not the topic's. */
const replyLink = (el: Element) => [...el.querySelectorAll(sel.auroraReplyLink)].find((link) => link.closest(sel.auroraMessage) === el);

function items(doc: Document): Element[] {
  const aurora = [...doc.querySelectorAll(sel.auroraMessage)].filter((el) => replyLink(el));
  if (aurora.length) return aurora;
  // Classic: every message but the topic itself, which is the thread's first message.
  const messages = [...doc.querySelectorAll(sel.classicMessage)];
  return messages[0] && isTopic(doc, messages[0]) ? messages.slice(1) : messages;
}

/** The first classic message is the topic when the page is a thread (td-p) page; on m-p pages it may be a reply. */
function isTopic(doc: Document, el: Element): boolean {
  const topicId = (canonicalLink(doc) ?? ogTag(doc, 'url') ?? '').match(/\/(?:td-p|qaq-p)\/(\d+)/)?.[1];
  return topicId ? el.getAttribute('data-lia-message-uid') === topicId : el.matches('.lia-thread-topic, .lia-forum-topic-message, .lia-message-view-qanda-question');
}

function itemId(el: Element): string | undefined {
  return isAurora(el) ? messageIdOf(replyLink(el)?.getAttribute('href')) : el.getAttribute('data-lia-message-uid') ?? undefined;
}

/** The thread, also from a reply's own page: Aurora's `/replies/{id}` suffix dropped, classic `m-p` of the topic as `td-p`. */
function threadUrl(doc: Document, url: URL): string {
  const page = canonicalLink(doc) ?? ogTag(doc, 'url') ?? url.href;
  if (AURORA_PATH.test(new URL(page, url).pathname)) return new URL(page, url).href.replace(/\/(?:replies|comments)\/\d+.*$/, '');
  if (!/\/m-p\/\d+/.test(page)) return page;
  const topic = [...doc.querySelectorAll(sel.classicMessage)].find((el) => isTopic(doc, el));
  const link = topic?.querySelector(`a[href*="/m-p/${topic.getAttribute('data-lia-message-uid')}"]`)?.getAttribute('href');
  return link ? new URL(link.replace('/m-p/', '/td-p/').replace(/#.*$/, ''), url).href : page;
}

function threadTitle(doc: Document): string | undefined {
  const fromMarkup = textOf(first(doc, [...sel.auroraSubject, ...sel.classicSubject]));
  const og = ogTag(doc, 'title')?.replace(/\s*[|-] [^|-]+$/, '');
  return structured(doc).title || fromMarkup || og?.replace(/\s+/g, ' ').trim() || undefined;
}

/** What each generation's markup yields for one message. */
interface Parts {
  url: string;
  publishedAt?: string;
  author?: string;
  authorId?: string;
  votes?: number;
  accepted: boolean;
  text: string;
}

function extract(doc: Document, url: URL, el: Element): Found | null {
  const id = itemId(el);
  const title = threadTitle(doc);
  if (!id || !title) return null;
  const data = structured(doc);
  const answer = data.answers.get(id);
  const me = currentUser(doc);
  let draft: Parts;
  if (isAurora(el)) {
    const message = apolloMessage(data.apollo, id);
    const userLink = [...el.querySelectorAll(sel.auroraUser)].find((link) => textOf(link)) ?? el.querySelector(sel.auroraUser);
    const href = replyLink(el)!.getAttribute('href')!;
    const authorRef = str((message?.author as Json | undefined)?.__ref);
    draft = {
      url: new URL(href, url).href,
      publishedAt: answer?.date ?? toIsoDate(str(message?.postTime)) ?? localDateToIso(attrOf(el, sel.auroraTime, 'title') ?? textOf(first(el, sel.auroraTime))),
      author: answer?.author ?? (textOf(userLink) || str((data.apollo?.[authorRef ?? ''] as Json | undefined)?.login)),
      authorId: authorRef?.match(/(\d+)$/)?.[1] ?? userLink?.getAttribute('href')?.match(/\/users\/[^/]+\/(\d+)/)?.[1],
      votes: answer?.votes ?? (typeof message?.kudosSumWeight === 'number' ? message.kudosSumWeight : toInt(textOf(first(el, sel.auroraKudos)))),
      accepted: answer?.accepted || message?.solution === true || message?.__typename === 'AcceptedSolutionMessage',
      text: textOf(first(el, sel.body)) || decode(str(message?.body) ?? '').replace(/\s+/g, ' ').trim(),
    };
  } else {
    const userLink = first(el, sel.classicUser);
    const dateEl = first(el, sel.classicDate);
    const own = el.querySelector(`a[href*="/m-p/${id}"]`)?.getAttribute('href');
    const base = (canonicalLink(doc) ?? url.href).match(CLASSIC_PATH);
    draft = {
      url: own ? new URL(own, url).href : `https://${url.hostname}/t5/${base?.[1] ?? 'forums'}/m-p/${id}`,
      publishedAt: answer?.date ?? localDateToIso(dateEl?.getAttribute('title') ?? textOf(dateEl)),
      author: answer?.author ?? (textOf(userLink) || undefined),
      authorId: userLink?.getAttribute('href')?.match(/user-id\/(\d+)/)?.[1],
      votes: answer?.votes ?? toInt(textOf(first(el, sel.classicKudos))),
      accepted: answer?.accepted || el.matches(sel.classicAccepted) || el.querySelector(sel.classicAccepted) !== null,
      text: textOf(first(el, sel.body)),
    };
  }
  const accepted = draft.accepted || [...el.querySelectorAll(sel.solutionText)].some((node) => /^(Marked as|Accepted) Solution$/i.test(textOf(node)));
  const text = draft.text;
  return {
    url: draft.url,
    contextUrl: threadUrl(doc, url),
    contextTitle: title,
    title,
    excerpt: excerptOf(text),
    text,
    publishedAt: draft.publishedAt,
    author: draft.author || undefined,
    own: Boolean(me?.id && draft.authorId === me.id),
    metrics: { votes: draft.votes, accepted },
  };
}

export const detector = /* @__PURE__ */ detectForum(site, {
  saveLabel: 'Save reply',
  /**
   * The reply editor. Classic: the reply page's form or the quick-reply box (submit
   * `input.lia-button-Submit-action[name=submitContext]`). Aurora: its editor inside the page's main
   * content [I: the editor's markup is not public; any submit there is only an intent, and nothing
   * is stored unless the user's own new reply then appears].
   */
  submitForm: '.lia-component-quick-reply, form[action*="/t5/"], form.lia-form, #main-content form, [data-testid*="Editor"]',
  saveAnchor: '[data-testid="MessageActionMenu"], .lia-message-actions, .lia-quilt-column-footer-right',

  detect(doc, url) {
    if (AURORA_PATH.test(url.pathname)) return doc.querySelector(sel.auroraMessage) !== null || doc.querySelector(sel.auroraData) !== null;
    return /^\/t5\//.test(url.pathname) && doc.querySelector(sel.classicMessage) !== null;
  },

  items,
  itemId,
});

export default /* @__PURE__ */ defineForum(detector, {
  currentUser,
  extract,
});
