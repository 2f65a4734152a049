import type { Found } from './define';
import type { EventTimes } from '../schema/contribution';
import { hasType, jsonLd, typesOf } from '../structured/read';

/**
 * The schema.org Event reading shared by the event sites (Meetup, Luma, Eventbrite, Sessionize), and
 * the one-line summary their entries carry. The page's JSON-LD comes from lib/structured (read once).
 */

export type EventFormat = 'in-person' | 'online' | 'hybrid';

export interface EventFacts {
  name?: string;
  url?: string;
  /** ISO 8601 as the page prints it, offset included: its wall-clock part is the event's local time. */
  start?: string;
  end?: string;
  /** An IANA zone where the page names one (Meetup, Luma); otherwise the offset in `start` stands. */
  timeZone?: string;
  format?: EventFormat;
  venue?: string;
  organiser?: { name?: string; url?: string };
  attendees?: number;
}

const str = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
const record = (value: unknown): Record<string, unknown> | undefined =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

/** Event or one of its subtypes (Eventbrite's BusinessEvent, Meetup's EducationEvent…). */
const isEvent = (node: Record<string, unknown>) => typesOf(node).some((type) => /^[A-Z]\w*Event$/.test(type) || type === 'Event');

const MODES: Record<string, EventFormat> = { Offline: 'in-person', Online: 'online', Mixed: 'hybrid' };

/** schema.org's attendance mode, else what the location says (a VirtualLocation is online). */
function formatOf(node: Record<string, unknown>): EventFormat | undefined {
  const mode = str(node.eventAttendanceMode)?.match(/(Offline|Online|Mixed)EventAttendanceMode$/)?.[1];
  if (mode) return MODES[mode];
  const places = [node.location].flat().map(record).filter((place) => place !== undefined);
  const virtual = places.some((place) => hasType(place, 'VirtualLocation'));
  const physical = places.some((place) => hasType(place, 'Place'));
  return virtual && physical ? 'hybrid' : virtual ? 'online' : physical ? 'in-person' : undefined;
}

/** "Name, street, locality": the parts a reviewer needs to place the event, without repeats. */
export function joinPlace(parts: readonly (string | undefined)[]): string | undefined {
  const kept: string[] = [];
  for (const part of parts) if (part && !kept.some((have) => have.toLowerCase().includes(part.toLowerCase()))) kept.push(part);
  return kept.length ? kept.join(', ') : undefined;
}

function venueOf(node: Record<string, unknown>): string | undefined {
  const place = [node.location].flat().map(record).find((candidate) => candidate && hasType(candidate, 'Place'));
  if (!place) return undefined;
  const address = record(place.address);
  return joinPlace([str(place.name), str(address?.streetAddress) ?? str(place.address), str(address?.addressLocality)]);
}

/** The page's first Event block, read into facts; empty when the page has none. */
export function eventLd(doc: Document): EventFacts {
  const node = jsonLd(doc).find(isEvent);
  if (!node) return {};
  const organizer = record([node.organizer].flat()[0]);
  return {
    name: str(node.name),
    url: str(node.url),
    start: str(node.startDate),
    end: str(node.endDate),
    format: formatOf(node),
    venue: venueOf(node),
    organiser: organizer && { name: str(organizer.name), url: str(organizer.url) },
  };
}

/** Next.js pages (Meetup, Luma) carry the page's data as JSON in this script; undefined when absent or broken. */
export function nextData(doc: Document): Record<string, unknown> | undefined {
  try {
    return record(JSON.parse(doc.getElementById('__NEXT_DATA__')?.textContent ?? ''));
  } catch {
    return undefined;
  }
}

/** A path of keys into parsed JSON, undefined at the first missing step. */
export function dig(value: unknown, ...keys: string[]): unknown {
  return keys.reduce<unknown>((at, key) => record(at)?.[key], value);
}

export { str, record };

const LABELS: Record<EventFormat, string> = { 'in-person': 'In person', online: 'Online', hybrid: 'Hybrid' };

/** "2026-03-12 18:00–21:00 Europe/Zurich": the wall-clock time the page printed, never converted. */
export function whenOf(facts: EventFacts): string | undefined {
  const start = facts.start?.match(/^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?/);
  if (!start) return undefined;
  const end = facts.end?.match(/^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?/);
  const offset = facts.start?.match(/(Z|[+-]\d{2}:?\d{2})$/)?.[1];
  const zone = facts.timeZone ?? (offset && `UTC${offset === 'Z' ? '' : offset}`);
  const until = end ? (end[1] === start[1] ? end[2] : `${end[1]}${end[2] ? ` ${end[2]}` : ''}`) : undefined;
  const time = start[2] ? ` ${start[2]}${until ? `–${until}` : ''}` : until ? ` – ${until}` : '';
  return `${start[1]}${time}${start[2] && zone ? ` ${zone}` : ''}`;
}

const ISO = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

const pad = (value: number) => String(value).padStart(2, '0');
const offsetText = (minutes: number) => `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;

/** An instant as the wall clock in `zone` shows it, with that zone's offset then; undefined for a zone the platform lacks. */
function inZone(instant: Date, zone: string): { local: string; offset: string } | undefined {
  try {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
        .formatToParts(instant)
        .map((part) => [part.type, part.value]),
    );
    const local = `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
    const minutes = Math.round((Date.parse(`${local}:00Z`) - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
    return { local, offset: offsetText(minutes) };
  } catch {
    return undefined;
  }
}

const zoneLike = (zone: string | undefined) => (zone && (zone.includes('/') || zone === 'UTC') ? zone : undefined);

/**
 * One of the page's times as the event's local wall clock: as printed, unless the page printed UTC
 * ("Z", Luma's page data) while naming the event's zone, which is then where the clock is read.
 */
function localOf(iso: string | undefined, zone: string | undefined): { local: string; offset?: string } | undefined {
  const match = iso?.match(ISO);
  if (!match) return undefined;
  const [, day, time, offset] = match;
  if (!time) return { local: day! };
  if (offset === 'Z' && zone) {
    const shown = inZone(new Date(iso!), zone);
    if (shown) return shown;
  }
  const normal = offset === 'Z' ? '+00:00' : offset?.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  return { local: `${day}T${time}`, ...(normal ? { offset: normal } : {}) };
}

/** The record's structured times (lib/schema EventTimesSchema); undefined when the page gives no start. */
export function eventTimes(facts: EventFacts): EventTimes | undefined {
  const timeZone = zoneLike(facts.timeZone);
  const start = localOf(facts.start, timeZone);
  if (!start) return undefined;
  const end = localOf(facts.end, timeZone);
  return {
    start: start.local,
    ...(end ? { end: end.local } : {}),
    ...(timeZone ? { timeZone } : {}),
    ...(start.offset ? { utcOffset: start.offset } : {}),
    ...(facts.format ? { format: facts.format } : {}),
    ...(facts.venue ? { venue: facts.venue.slice(0, 500) } : {}),
  };
}

/** The entry an event page gives: dated by its start, its organiser as the context, its format as a tag. */
export function eventFound(facts: EventFacts & { name: string; url: string }, author?: string): Found {
  const start = facts.start ? new Date(facts.start) : undefined;
  const times = eventTimes(facts);
  const summary = [
    whenOf(facts),
    facts.format && LABELS[facts.format],
    facts.venue,
    facts.attendees !== undefined ? `${facts.attendees} attendees` : undefined,
  ].filter(Boolean);
  return {
    url: facts.url,
    title: facts.name,
    excerpt: summary.join(' · '),
    publishedAt: start && !Number.isNaN(start.getTime()) ? start.toISOString() : undefined,
    ...(facts.organiser?.name ? { contextTitle: facts.organiser.name } : {}),
    ...(facts.organiser?.url ? { contextUrl: facts.organiser.url } : {}),
    ...(author ? { author } : {}),
    own: false,
    ...(facts.attendees !== undefined ? { metrics: { attendees: facts.attendees } } : {}),
    ...(facts.format ? { tags: [facts.format] } : {}),
    ...(times ? { event: times } : {}),
  };
}
