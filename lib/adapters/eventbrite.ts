import { defineForum, detectForum } from './define';
import { eventFound, eventLd, type EventFacts } from './event-page';
import { textOf } from '../dom';
import { defineSite } from '../sites/define';

/** Eventbrite's country sites; an event's page is the same on each, under its own host. */
const TLDS = ['com', 'co.uk', 'ca', 'com.au', 'co.nz', 'ie', 'de', 'fr', 'nl', 'es', 'it', 'be', 'at', 'ch', 'sg'];
const HOST = /^www\.eventbrite\.(?:com|co\.uk|ca|com\.au|co\.nz|ie|de|fr|nl|es|it|be|at|ch|sg)$/;
/** `/e/{slug}-tickets-{id}`, the slug optional on short links (`/e/{id}`). */
const EVENT_PATH = /^\/e\/((?:[\w-]+-)?\d{6,})\/?$/;

const eventPath = (url: URL) => (HOST.test(url.hostname) ? url.pathname.match(EVENT_PATH)?.[1] : undefined);

export const site = /* @__PURE__ */ defineSite({
  id: 'eventbrite',
  name: 'Eventbrite',
  kind: 'event',
  matches: TLDS.map((tld) => `https://www.eventbrite.${tld}/e/*`),
  /** One key an event: no affiliate or tracking query (`?aff=`). */
  canonical(url) {
    const path = eventPath(url);
    return path ? new URL(`https://${url.hostname}/e/${path}`) : undefined;
  },
});

// Facts: docs/research/sites-next.md §4. One JSON-LD block whose @type is an Event subtype, with
// startDate/endDate (offset), eventAttendanceMode, location Place + PostalAddress and organizer
// Organization with the `/o/{slug}-{id}` profile URL [V-3p: a 2024 event's JSON-LD saved by a scraper].
// The online shape (VirtualLocation) is [I: confirm]. No IANA zone, no attendee count and no signed-in
// marker are known [I: confirm]: own comes from the handle the user sets (organizer id, profile URL or name).
const sel = { page: ['main', 'body'], title: 'h1' } as const;

function factsOf(doc: Document, url: URL): EventFacts {
  const ld = eventLd(doc);
  const path = eventPath(url);
  // The organizer's profile is on every country site: link it on this page's (the background refuses other hosts).
  const profile = ld.organiser?.url?.match(/\/o\/[\w-]+/)?.[0];
  return {
    ...ld,
    name: ld.name ?? (textOf(doc.querySelector(sel.title)) || undefined),
    url: path && `https://${url.hostname}/e/${path}`,
    organiser: ld.organiser && { name: ld.organiser.name, url: profile && `https://${url.hostname}${profile}` },
  };
}

export const detector = /* @__PURE__ */ detectForum(site, {
  saveLabel: 'Save event',
  saveAnchor: 'h1',

  detect: (doc, url) => eventPath(url) !== undefined && eventLd(doc).name !== undefined,

  items: (doc) => {
    const page = doc.querySelector(sel.page[0]) ?? doc.querySelector(sel.page[1]);
    return page ? [page] : [];
  },

  itemId: (el) => eventLd(el.ownerDocument).url,
});

export default /* @__PURE__ */ defineForum(detector, {
  currentUser: () => null,

  /** The organiser: its profile URL, the id at its end, and its name. */
  people(doc) {
    const organiser = eventLd(doc).organiser;
    const id = organiser?.url?.match(/\/o\/(?:[\w-]+-)?(\d+)\/?$/)?.[1];
    return [organiser?.url, id, organiser?.name].filter((value): value is string => Boolean(value));
  },

  extract(doc, url) {
    const facts = factsOf(doc, url);
    if (!facts.name || !facts.url) return null;
    return eventFound({ ...facts, name: facts.name, url: facts.url });
  },
});
