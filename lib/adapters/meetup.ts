import { defineForum, detectForum } from './define';
import { dig, eventFound, eventLd, joinPlace, nextData, record, str, type EventFacts, type EventFormat } from './event-page';
import { textOf, toInt } from '../dom';
import { defineSite } from '../sites/define';

/** `/{group}/events/{id}/`, with an optional locale first (`/de-DE/…`, `/es/…`). */
const EVENT_PATH = /^\/(?:[a-z]{2}(?:-[A-Z]{2})?\/)?([\w-]+)\/events\/(\d+)\/?$/;

export function eventOf(url: URL): { group: string; id: string } | undefined {
  if (url.hostname !== 'www.meetup.com') return undefined;
  const match = url.pathname.match(EVENT_PATH);
  return match ? { group: match[1]!.toLowerCase(), id: match[2]! } : undefined;
}

const eventUrl = ({ group, id }: { group: string; id: string }) => `https://www.meetup.com/${group}/events/${id}`;

export const site = /* @__PURE__ */ defineSite({
  id: 'meetup',
  name: 'Meetup',
  kind: 'event',
  matches: ['https://www.meetup.com/*/events/*'],
  /** One key an event: no locale prefix, no tracking query (`?recId=`, `?eventOrigin=`). */
  canonical(url) {
    const event = eventOf(url);
    return event ? new URL(eventUrl(event)) : undefined;
  },
});

// Facts: docs/research/sites-next.md §2. JSON-LD Event (organizer = the group) from a saved page [V, 2021]
// and 2026 fixtures [V-3p]; `__NEXT_DATA__` props.pageProps.event with timezone and eventHosts [V-3p];
// eventHosts[].memberId, eventType, venue, group and going.totalCount on the event page are [I: confirm];
// `#attendees h2` "Attendees (42)" and the header's "Hosted by" link to /members/{id}/ [V-3p, 2025–26].
// No signed-in marker is known [I: confirm]: own comes from the handle the user sets (member id or name).
const sel = {
  page: ['main', 'body'],
  title: 'h1',
  attendees: '#attendees h2',
  hostLinks: 'a[href*="/members/"]',
} as const;

const FORMATS: Record<string, EventFormat> = { PHYSICAL: 'in-person', ONLINE: 'online', HYBRID: 'hybrid' };

/** The page's own data about the event: the zone, hosts, venue and count JSON-LD lacks. */
function pageEvent(doc: Document) {
  return record(dig(nextData(doc), 'props', 'pageProps', 'event'));
}

function hostsOf(doc: Document): { id?: string; name?: string }[] {
  const listed = [dig(pageEvent(doc), 'eventHosts')].flat().map(record).flatMap((host) => (host ? [{ id: str(host.memberId) ?? str(host.id), name: str(host.name) }] : []));
  if (listed.length) return listed;
  // The header's "Hosted by" link, where the page data is missing.
  return [...doc.querySelectorAll(sel.hostLinks)].map((link) => ({
    id: link.getAttribute('href')?.match(/\/members\/(\d+)/)?.[1],
    name: textOf(link).replace(/^Hosted by\s*/i, '') || undefined,
  }));
}

function factsOf(doc: Document, url: URL): EventFacts {
  const ld = eventLd(doc);
  const data = pageEvent(doc);
  const venue = record(data?.venue);
  const group = record(data?.group);
  const counted = toInt(textOf(doc.querySelector(sel.attendees)).match(/\((\d[\d,]*)\)/)?.[1]);
  const event = eventOf(url);
  return {
    name: ld.name ?? str(data?.title) ?? (textOf(doc.querySelector(sel.title)) || undefined),
    url: event && eventUrl(event),
    start: ld.start ?? str(data?.dateTime),
    end: ld.end ?? str(data?.endTime),
    timeZone: str(data?.timezone),
    format: ld.format ?? FORMATS[str(data?.eventType) ?? ''],
    venue: ld.venue ?? joinPlace([str(venue?.name), str(venue?.address), str(venue?.city)]),
    organiser: ld.organiser ?? (group && { name: str(group.name), url: str(group.urlname) && `https://www.meetup.com/${str(group.urlname)}/` }),
    attendees: toInt(String(dig(data, 'going', 'totalCount') ?? '')) ?? counted,
  };
}

export const detector = /* @__PURE__ */ detectForum(site, {
  saveLabel: 'Save event',
  saveAnchor: 'h1',

  detect: (doc, url) => eventOf(url) !== undefined && (eventLd(doc).name !== undefined || pageEvent(doc) !== undefined),

  items: (doc) => {
    const page = doc.querySelector(sel.page[0]) ?? doc.querySelector(sel.page[1]);
    return page ? [page] : [];
  },

  itemId: (el) => str(dig(pageEvent(el.ownerDocument), 'id')) ?? eventLd(el.ownerDocument).url,
});

export default /* @__PURE__ */ defineForum(detector, {
  currentUser: () => null,

  people: (doc) => hostsOf(doc).flatMap((host) => [host.id, host.name].filter((value): value is string => Boolean(value))),

  extract(doc, url) {
    const facts = factsOf(doc, url);
    if (!facts.name || !facts.url) return null;
    return eventFound({ ...facts, name: facts.name, url: facts.url }, hostsOf(doc)[0]?.name);
  },
});
