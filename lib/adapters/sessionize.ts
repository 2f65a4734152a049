import { defineForum, detectForum } from './define';
import { excerptOf, textOf } from '../dom';
import { canonicalLink, ogTag } from '../structured/read';
import { defineSite } from '../sites/define';
import { SCHEDULE_PATH, extractScheduleSession, scheduleSessions, sessionIdOf, speakersOf } from './sessionize/schedule';

/** A speaker's profile is one path segment; these are Sessionize's own pages, not speakers. */
const RESERVED = new Set(['api', 'app', 'playbook', 's', 'login', 'register', 'pricing', 'about', 'contact', 'privacy', 'terms', 'blog']);
const PROFILE_PATH = /^\/([a-z0-9][a-z0-9-]*)\/?$/i;
/** A session's own page: /s/{speaker}/{title slug}/{id}. */
const SESSION_PATH = /^\/s\/[\w-]+\/[\w-]+\/(\d+)\/?$/;

function slugOf(url: URL): string | undefined {
  if (url.hostname !== 'sessionize.com') return undefined;
  const slug = url.pathname.match(PROFILE_PATH)?.[1]?.toLowerCase();
  return slug && !RESERVED.has(slug) ? slug : undefined;
}

export const site = /* @__PURE__ */ defineSite({
  id: 'sessionize',
  name: 'Sessionize',
  kind: 'talk',
  matches: ['https://sessionize.com/*'],
});

// Facts: docs/research/sites-next.md §1. Profile markup read by several independent parsers [V-3p]:
// `.c-s-speaker-info--full` with `h1.c-s-speaker-info__name`, `#sessions .c-s-session` with
// `.c-s-session__title a[href="/s/{slug}/{title}/{id}"]` and `.c-s-session__summary`. The profile gives
// no date, event or co-speaker per session, and no JSON-LD [I: confirm]; no signed-in marker is known
// [I: confirm]: own comes from the handle the user sets (profile slug or display name).
const sel = {
  profile: '.c-s-speaker-info--full',
  name: 'h1.c-s-speaker-info__name',
  session: '#sessions .c-s-session',
  link: '.c-s-session__title a[href]',
  summary: '.c-s-session__summary',
} as const;

function sessionLink(el: Element): URL | undefined {
  const href = el.querySelector(sel.link)?.getAttribute('href');
  if (!href) return undefined;
  const link = new URL(href, 'https://sessionize.com/');
  return link.hostname === 'sessionize.com' && SESSION_PATH.test(link.pathname) ? link : undefined;
}

/** An event's schedule page (./sessionize/schedule.ts), told apart by its address: the embed draws it after load. */
const isSchedule = (url: URL) => url.hostname === 'sessionize.com' && SCHEDULE_PATH.test(url.pathname);

const speakerOf = (doc: Document) => textOf(doc.querySelector(sel.name)) || undefined;

/** An abstract's text with its line breaks kept as spaces (textContent runs "clusters.<br>Bring" together). */
function abstractOf(el: Element | null): string {
  if (!el) return '';
  const copy = el.cloneNode(true) as Element;
  for (const br of copy.querySelectorAll('br')) br.replaceWith(' ');
  return textOf(copy);
}

export const detector = /* @__PURE__ */ detectForum(site, {
  saveLabel: 'Save talk',
  saveAnchor: '.c-s-session__title, .sz-session__title',

  detect: (doc, url) => isSchedule(url) || (slugOf(url) !== undefined && doc.querySelector(sel.profile) !== null),

  // A profile has no schedule markup and a schedule no profile markup: each page lists its own kind.
  items: (doc) => [...scheduleSessions(doc), ...doc.querySelectorAll(sel.session)],

  itemId: (el) => (el.hasAttribute('data-sessionid') ? sessionIdOf(el) : sessionLink(el)?.pathname.match(SESSION_PATH)?.[1]),
});

export default /* @__PURE__ */ defineForum(detector, {
  currentUser: () => null,

  /** A schedule session's speakers; the profile's owner: the slug in its address (og:url, as the page may be a redirect's) and the name it shows. */
  people(doc, el) {
    if (el.hasAttribute('data-sessionid')) return speakersOf(el);
    const address = ogTag(doc, 'url') ?? canonicalLink(doc) ?? '';
    let slug: string | undefined;
    try {
      slug = slugOf(new URL(address));
    } catch {
      slug = undefined;
    }
    return [slug, speakerOf(doc)].filter((value): value is string => Boolean(value));
  },

  extract(doc, url, el) {
    if (isSchedule(url)) return extractScheduleSession(doc, url, el);
    const link = sessionLink(el);
    const title = textOf(el.querySelector(sel.link));
    if (!link || !title || !slugOf(url)) return null;
    const text = abstractOf(el.querySelector(sel.summary));
    const speaker = speakerOf(doc);
    return {
      url: `https://sessionize.com${link.pathname.replace(/\/$/, '')}`,
      title,
      excerpt: excerptOf(text),
      text,
      ...(speaker ? { author: speaker, contextTitle: `${speaker} on Sessionize`, contextUrl: `https://sessionize.com/${slugOf(url)}` } : {}),
      own: false,
    };
  },
});
