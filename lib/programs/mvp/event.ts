import type { Contribution } from '../../schema/contribution';
import type { EventFormatName, EventTypeName } from './values';

/**
 * What the organizer/event dialog asks that an event entry can tell: its format, its type (the words
 * of its title or the site it is on), and its local start day, end day, end time and zone. These come
 * from the entry's `event` field; entries saved before it existed carry them only as the site adapters'
 * format tag and the "when" summary lib/adapters/event-page.ts whenOf wrote at the head of the excerpt.
 */

const FORMAT_TAGS: Record<string, EventFormatName> = { 'in-person': 'In-person', online: 'Online', hybrid: 'Hybrid' };

export function formatOf(entry: Contribution): EventFormatName | undefined {
  if (entry.event?.format) return FORMAT_TAGS[entry.event.format];
  const tag = entry.tags.find((candidate) => candidate in FORMAT_TAGS);
  return tag === undefined ? undefined : FORMAT_TAGS[tag];
}

// Most specific first: "Hackathon at the Azure Lisbon meetup" is a hackathon.
const TYPE_WORDS: readonly [RegExp, EventTypeName][] = [
  [/\bhackathons?\b/i, 'Hackathon'],
  [/\bworkshops?\b/i, 'Workshop'],
  [/\b(conference|summit|conf)\b/i, 'Conference'],
  [/\bmeetups?\b/i, 'Meetup'],
];

export function typeOf(entry: Contribution): EventTypeName | undefined {
  const named = TYPE_WORDS.find(([words]) => words.test(entry.title))?.[1];
  if (named) return named;
  return entry.url && /^https:\/\/(www\.)?meetup\.com\//.test(entry.url) ? 'Meetup' : undefined;
}

export interface EventWhen {
  startDay: string;
  endDay?: string;
  /** As the portal's list spells it: "9:00 PM". */
  endTime?: string;
  /** The IANA zone the times are in, where known. */
  timeZone?: string;
  /** Their offset from UTC ("+01:00"), where known. */
  utcOffset?: string;
}

// whenOf's shapes: "2026-03-12 18:00–21:00 Europe/Lisbon", "2026-03-12 18:00–2026-03-14 17:00 UTC+02:00",
// "2026-03-12 – 2026-03-14", "2026-03-12 18:00 Europe/Lisbon".
const WHEN = /^(\d{4}-\d{2}-\d{2})(?: (\d{2}:\d{2}))?(?:(?:–| – )(?:(\d{4}-\d{2}-\d{2})(?: (\d{2}:\d{2}))?|(\d{2}:\d{2})))?(?: (\S+))?$/;

const twelveHour = (time: string) => {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return `${hours % 12 || 12}:${String(minutes).padStart(2, '0')} ${hours < 12 ? 'AM' : 'PM'}`;
};

/** The summary's zone: an IANA name, or "UTC+01:00" for an offset (VMUG's abbreviations say neither). */
function zoneOf(token: string | undefined): Pick<EventWhen, 'timeZone' | 'utcOffset'> {
  const offset = token?.match(/^UTC([+-]\d{2}:?\d{2})?$/);
  if (offset) return { utcOffset: offset[1]?.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2') ?? '+00:00' };
  return token?.includes('/') ? { timeZone: token } : {};
}

/** The local days, end time and zone the excerpt's summary states; undefined once the user has rewritten it. */
export function whenOf(excerpt: string): EventWhen | undefined {
  const match = excerpt.split(' · ')[0]!.trim().match(WHEN);
  if (!match) return undefined;
  const [, startDay, , endDay, endDayTime, sameDayTime, zone] = match;
  const endTime = sameDayTime ?? endDayTime;
  return {
    startDay: startDay!,
    ...(endDay || endTime ? { endDay: endDay ?? startDay } : {}),
    ...(endTime ? { endTime: twelveHour(endTime) } : {}),
    ...zoneOf(zone),
  };
}

/** The entry's own times where it has them, else what its excerpt's summary says. */
export function eventWhenOf(entry: Contribution): EventWhen | undefined {
  const times = entry.event;
  if (!times) return whenOf(entry.excerpt);
  const endTime = times.end?.slice(11);
  return {
    startDay: times.start.slice(0, 10),
    ...(times.end ? { endDay: times.end.slice(0, 10) } : {}),
    ...(endTime ? { endTime: twelveHour(endTime) } : {}),
    ...(times.timeZone ? { timeZone: times.timeZone } : {}),
    ...(times.utcOffset ? { utcOffset: times.utcOffset } : {}),
  };
}
