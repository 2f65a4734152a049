import { excerptOf, textOf } from '../../dom';
import type { Found } from '../define';

/**
 * An event's schedule as Sessionize draws it on its own pages (sessionize.com/view/<id>/GridSmart,
 * /Sessions…, the pages its embeds frame). Markup as public parsers of live schedules read it [V-3p]:
 * `.sz-session[data-sessionid]` (`.sz-session--service` for breaks), `.sz-session__title`,
 * `.sz-session__speakers li[data-speakerid] a`, `.sz-session__room[data-roomid]`, `.sz-session__description`, `.sz-session__time`
 * whose `data-sztz` is "TimeWithDuration|…|<start>|<end>". No signed-in marker and no speaker slug:
 * the user's session is known by the name in their Sessionize handle.
 */
export const SCHEDULE_PATH = /^\/view\/([a-z0-9]+)\/([a-z]+)\/?$/i;

const sel = {
  session: '.sz-session[data-sessionid]',
  service: 'sz-session--service',
  title: '.sz-session__title',
  speaker: '.sz-session__speakers li[data-speakerid]',
  room: '.sz-session__room',
  time: '.sz-session__time[data-sztz]',
  // The Sessions (list) view prints the abstract; the grid does not.
  description: '.sz-session__description',
} as const;

/** The schedule's sessions, each once (a grid repeats a plenary across its rooms), breaks left out. */
export function scheduleSessions(doc: Document): Element[] {
  const seen = new Set<string>();
  return [...doc.querySelectorAll(sel.session)].filter((el) => {
    const id = el.getAttribute('data-sessionid') ?? '';
    if (el.classList.contains(sel.service) || !/^\d+$/.test(id) || seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

export const sessionIdOf = (el: Element) => el.getAttribute('data-sessionid') ?? undefined;

export const speakersOf = (el: Element) => [...el.querySelectorAll(sel.speaker)].map((li) => textOf(li)).filter(Boolean);

/** The start as an instant when Sessionize gives its zone; else its calendar day at noon UTC. */
function startOf(el: Element): string | undefined {
  const start = el.querySelector(sel.time)?.getAttribute('data-sztz')?.split('|')[2]?.trim() ?? '';
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(start)) return new Date(start).toISOString();
  const day = start.match(/^(\d{4}-\d{2}-\d{2})/)?.[1];
  return day ? `${day}T12:00:00.000Z` : undefined;
}

/** The event's name: the `title` its schedule address carries, else the page's own title. */
function eventOf(doc: Document, url: URL): string | undefined {
  const named = url.searchParams.get('title')?.trim() || doc.title.trim();
  return named && !/^sessionize$/i.test(named) ? named : undefined;
}

/** Rooms that are a stream rather than a place [I: organisers name them freely]. */
const ONLINE_ROOM = /\b(online|virtual|remote|livestream|stream)\b/i;

export function extractScheduleSession(doc: Document, url: URL, el: Element): Found | null {
  const match = url.pathname.match(SCHEDULE_PATH);
  const id = sessionIdOf(el);
  const title = textOf(el.querySelector(sel.title));
  if (!match || !id || !title) return null;
  const speakers = speakersOf(el);
  const room = textOf(el.querySelector(sel.room));
  const time = textOf(el.querySelector(sel.time));
  const event = eventOf(doc, url);
  const abstract = el.querySelector(sel.description)?.cloneNode(true) as Element | undefined;
  // Line breaks in the abstract are spaces, not nothing ("rules<br>and" is two words).
  for (const br of abstract?.querySelectorAll('br') ?? []) br.replaceWith(' ');
  const about = [time, room, speakers.join(', ')].filter(Boolean).join(' · ');
  const text = textOf(abstract ?? null);
  const page = `https://sessionize.com/view/${match[1]}/${match[2]}`;
  return {
    // The schedule shows no address per session: the session's id on the schedule's page stands for it.
    url: `${page}?session=${id}`,
    title,
    excerpt: excerptOf(about),
    ...(text ? { text: `${about}\n${text}` } : {}),
    publishedAt: startOf(el),
    ...(speakers.length > 0 ? { author: speakers.join(', ') } : {}),
    ...(event ? { contextTitle: event } : {}),
    contextUrl: page,
    own: false,
    ...(room && ONLINE_ROOM.test(room) ? { tags: ['online'] } : {}),
  };
}
