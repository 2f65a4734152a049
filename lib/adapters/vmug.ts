import { defineForum, detectForum } from './define';
import { eventFound, joinPlace, type EventFacts } from './event-page';
import { textOf } from '../dom';
import { ogTag } from '../structured/read';
import { defineSite } from '../sites/define';

/** An event's page: `/events/event-description?CalendarEventKey={guid}&CommunityKey=…&Home=…`. */
const EVENT_PATH = /^\/events\/event-description\/?$/i;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function eventKey(url: URL): string | undefined {
  if (url.hostname !== 'community.vmug.com' || !EVENT_PATH.test(url.pathname)) return undefined;
  const key = url.searchParams.get('CalendarEventKey') ?? '';
  return GUID.test(key) ? key.toLowerCase() : undefined;
}

const eventUrl = (key: string) => `https://community.vmug.com/events/event-description?CalendarEventKey=${key}`;

export const site = /* @__PURE__ */ defineSite({
  id: 'vmug',
  name: 'VMUG',
  kind: 'event',
  matches: ['https://community.vmug.com/events/*'],
  /** One key an event: the community and "Home" parameters only say where the visitor came from. */
  canonical(url) {
    const key = eventKey(url);
    return key ? new URL(eventUrl(key)) : undefined;
  },
});

// Facts: docs/research/sites-next.md §5 and tests/fixtures/vmug. The URL scheme is real; the page markup is
// not [I: confirm live]: Higher Logic pages are ASP.NET WebForms whose `MainCopy_ctlNN_*` ids move, so
// only the `h1`, og:title and the labelled blocks ("When:", "Where:", "Description:") are read. No
// JSON-LD and no signed-in marker are known: own comes from the handle the user sets (their name as
// printed), found among the agenda's speakers or the "Leaders:" line.
const sel = {
  page: '#MasterPageForm',
  title: 'h1',
  labels: 'h3, h4, dt, strong',
} as const;

/** The block a label heads ("When:" → the paragraph after it), as lines. */
function labelled(doc: Document, label: string): string[] {
  const heading = [...doc.querySelectorAll(sel.labels)].find((el) => textOf(el).replace(/:$/, '').toLowerCase() === label);
  const block = heading?.nextElementSibling;
  if (!block) return [];
  const lines: string[] = [];
  let line = '';
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeName === 'BR' || child.nodeName === 'P' || child.nodeName === 'LI') {
        lines.push(line);
        line = '';
      }
      if (child.nodeType === 3) line += child.textContent ?? '';
      else walk(child);
    }
  };
  walk(block);
  lines.push(line);
  return lines.map((text) => text.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** The zones Higher Logic prints as abbreviations [I: confirm live]; an unknown one leaves the date without a time. */
const OFFSETS: Record<string, string> = {
  UTC: '+00:00', GMT: '+00:00', WET: '+00:00', BST: '+01:00', CET: '+01:00', CEST: '+02:00', WEST: '+01:00',
  EET: '+02:00', EEST: '+03:00', EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00', MST: '-07:00', MDT: '-06:00',
  PST: '-08:00', PDT: '-07:00', JST: '+09:00', SGT: '+08:00', AEST: '+10:00', AEDT: '+11:00',
};
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "Mar 12, 2026" / "6:00 PM - 9:00 PM (CET)" → ISO start and end with the zone's offset. */
function timesOf(lines: readonly string[]): Pick<EventFacts, 'start' | 'end' | 'timeZone'> {
  const text = lines.join(' ');
  const date = text.match(/\b([A-Z][a-z]{2})[a-z]*\.? (\d{1,2}), (\d{4})\b/);
  const month = date ? MONTHS.indexOf(date[1]!.toLowerCase()) + 1 : 0;
  if (!date || !month) return {};
  const day = `${date[3]}-${String(month).padStart(2, '0')}-${date[2]!.padStart(2, '0')}`;
  const zone = text.match(/\(([A-Z]{2,5})\)/)?.[1];
  const offset = zone ? OFFSETS[zone] : undefined;
  const times = [...text.matchAll(/\b(\d{1,2}):(\d{2}) ?([AP]M)\b/gi)].map(([, h, m, half]) => {
    const hour = (Number(h) % 12) + (half!.toUpperCase() === 'PM' ? 12 : 0);
    return `${String(hour).padStart(2, '0')}:${m}`;
  });
  if (!offset || !times[0]) return { start: day };
  return { start: `${day}T${times[0]}:00${offset}`, end: times[1] && `${day}T${times[1]}:00${offset}`, timeZone: zone };
}

/** The people the description names: each agenda item's speakers (after its dash) and the "Leaders:" line. */
function peopleOf(doc: Document): string[] {
  const description = [...doc.querySelectorAll(sel.labels)].find((el) => /^description:?$/i.test(textOf(el)))?.nextElementSibling;
  if (!description) return [];
  const agenda = [...description.querySelectorAll('li')].flatMap((item) => textOf(item).split(/\s[–—-]\s/).slice(1));
  const leaders = [...description.querySelectorAll('p')].flatMap((p) => textOf(p).match(/^(?:Leaders?|Hosts?|Speakers?):\s*(.+)$/i)?.[1] ?? []);
  return [...agenda, ...leaders].flatMap((list) => list.split(/,|\band\b/)).map((name) => name.trim()).filter(Boolean);
}

function factsOf(doc: Document, url: URL): EventFacts & { name?: string } {
  const name = textOf(doc.querySelector(sel.title)) || ogTag(doc, 'title');
  const where = labelled(doc, 'where');
  const virtual = where.some((line) => /\b(virtual|online|webinar)\b/i.test(line));
  const key = eventKey(url);
  // Local groups title their events "VMUG <Group> - <event>": the group is the organiser.
  const group = name?.match(/^(VMUG\b.*?) [–-] /)?.[1];
  return {
    name,
    url: key && eventUrl(key),
    ...timesOf(labelled(doc, 'when')),
    format: where.length ? (virtual ? 'online' : 'in-person') : undefined,
    venue: virtual ? undefined : joinPlace(where),
    organiser: group ? { name: group } : undefined,
  };
}

export const detector = /* @__PURE__ */ detectForum(site, {
  saveLabel: 'Save event',
  saveAnchor: 'h1',

  detect: (doc, url) => eventKey(url) !== undefined && doc.querySelector(sel.title) !== null,

  // One event a page: the page's form is the post.
  items: (doc) => {
    const page = doc.querySelector(sel.page) ?? doc.body;
    return page ? [page] : [];
  },

  itemId: (el) => {
    const url = ogTag(el.ownerDocument, 'url');
    return url && URL.canParse(url) ? eventKey(new URL(url)) : undefined;
  },
});

export default /* @__PURE__ */ defineForum(detector, {
  currentUser: () => null,

  people: (doc) => peopleOf(doc),

  extract(doc, url) {
    const facts = factsOf(doc, url);
    if (!facts.name || !facts.url) return null;
    return eventFound({ ...facts, name: facts.name, url: facts.url });
  },
});
