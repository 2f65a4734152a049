import { defineForum, detectForum } from './define';
import { dig, eventFound, eventLd, joinPlace, nextData, record, str, type EventFacts, type EventFormat } from './event-page';
import { textOf, toInt } from '../dom';
import { defineSite } from '../sites/define';

const HOSTS = /^(?:www\.)?(?:luma\.com|lu\.ma)$/;
/** An event's page is one path segment: its 8-letter id or the custom slug the host chose. */
const EVENT_PATH = /^\/([\w-]+)\/?$/;

const slugOf = (url: URL) => (HOSTS.test(url.hostname) ? url.pathname.match(EVENT_PATH)?.[1] : undefined);

export const site = /* @__PURE__ */ defineSite({
  id: 'luma',
  name: 'Luma',
  kind: 'event',
  matches: ['https://luma.com/*', 'https://lu.ma/*'],
  /** lu.ma redirects to luma.com: one key an event, without the invite or tracking query. */
  canonical(url) {
    const slug = slugOf(url);
    return slug ? new URL(`https://luma.com/${slug}`) : undefined;
  },
});

// Facts: docs/research/sites-next.md §3. `__NEXT_DATA__` props.pageProps.initialData {kind:"event", data:
// {event, calendar, hosts}} with start_at/end_at (UTC), location_type, geo_address_info [V-3p, several
// scrapers 2025–26]; event.timezone, guest_count and hosts[].username on the event page [I: confirm].
// JSON-LD Event with an offset startDate [V-3p]. Class names are hashed: only `h1` is keyed on.
// No signed-in marker is known [I: confirm]: own comes from the handle the user sets (username, usr- id or name).
const sel = { page: ['main', 'body'], title: 'h1' } as const;

const FORMATS: Record<string, EventFormat> = { offline: 'in-person', online: 'online' };

function pageData(doc: Document) {
  const initial = record(dig(nextData(doc), 'props', 'pageProps', 'initialData'));
  return initial?.kind === 'event' ? record(initial.data) : undefined;
}

function hostsOf(doc: Document): Record<string, unknown>[] {
  return [dig(pageData(doc), 'hosts')].flat().map(record).filter((host) => host !== undefined);
}

function factsOf(doc: Document, url: URL): EventFacts {
  const ld = eventLd(doc);
  const data = pageData(doc);
  const event = record(data?.event);
  const place = record(event?.geo_address_info);
  const calendar = record(data?.calendar);
  const slug = str(event?.url) ?? slugOf(url);
  // Links stay on the page's host (the background refuses others); lu.ma becomes luma.com in the store.
  const base = `https://${url.hostname}`;
  return {
    name: str(event?.name) ?? ld.name ?? (textOf(doc.querySelector(sel.title)) || undefined),
    url: slug && `${base}/${slug}`,
    // JSON-LD prints the local time with its offset; the page data has UTC only.
    start: ld.start ?? str(event?.start_at),
    end: ld.end ?? str(event?.end_at),
    timeZone: str(event?.timezone),
    format: FORMATS[str(event?.location_type) ?? ''] ?? ld.format,
    // A venue the host hides until registration comes without an address: the city is all there is.
    venue: joinPlace([str(place?.address), str(place?.full_address) ?? str(place?.city_state)]) ?? ld.venue,
    organiser: calendar && { name: str(calendar.name), url: str(calendar.slug) && `${base}/${str(calendar.slug)}` },
    attendees: toInt(String(data?.guest_count ?? '')),
  };
}

export const detector = /* @__PURE__ */ detectForum(site, {
  saveLabel: 'Save event',
  saveAnchor: 'h1',

  detect: (doc, url) => slugOf(url) !== undefined && (pageData(doc) !== undefined || eventLd(doc).name !== undefined),

  items: (doc) => {
    const page = doc.querySelector(sel.page[0]) ?? doc.querySelector(sel.page[1]);
    return page ? [page] : [];
  },

  itemId: (el) => str(dig(pageData(el.ownerDocument), 'event', 'api_id')) ?? eventLd(el.ownerDocument).url,
});

export default /* @__PURE__ */ defineForum(detector, {
  currentUser: () => null,

  people: (doc) => hostsOf(doc).flatMap((host) => [str(host.username), str(host.api_id), str(host.name)].filter((value): value is string => value !== undefined)),

  extract(doc, url) {
    const facts = factsOf(doc, url);
    if (!facts.name || !facts.url) return null;
    return eventFound({ ...facts, name: facts.name, url: facts.url }, str(hostsOf(doc)[0]?.name));
  },
});
