import type { Contribution } from '../../schema/contribution';
import type { EventFormatName, EventTypeName } from './values';

/**
 * What the organizer/event dialog asks that an event entry can tell: its format (the site adapters'
 * format tag), its type (the words of its title or the site it is on), and its local start day, end
 * day and end time (the "when" summary lib/adapters/event-page.ts whenOf writes at the head of the excerpt).
 */

const FORMAT_TAGS: Record<string, EventFormatName> = { 'in-person': 'In-person', online: 'Online', hybrid: 'Hybrid' };

export function formatOf(entry: Contribution): EventFormatName | undefined {
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
}

// whenOf's shapes: "2026-03-12 18:00–21:00 Europe/Lisbon", "2026-03-12 18:00–2026-03-14 17:00 UTC+02:00",
// "2026-03-12 – 2026-03-14", "2026-03-12 18:00 Europe/Lisbon".
const WHEN = /^(\d{4}-\d{2}-\d{2})(?: (\d{2}:\d{2}))?(?:(?:–| – )(?:(\d{4}-\d{2}-\d{2})(?: (\d{2}:\d{2}))?|(\d{2}:\d{2})))?(?: \S+)?$/;

const twelveHour = (time: string) => {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return `${hours % 12 || 12}:${String(minutes).padStart(2, '0')} ${hours < 12 ? 'AM' : 'PM'}`;
};

/** The local days and end time the excerpt's summary states; undefined once the user has rewritten it. */
export function whenOf(excerpt: string): EventWhen | undefined {
  const match = excerpt.split(' · ')[0]!.trim().match(WHEN);
  if (!match) return undefined;
  const [, startDay, , endDay, endDayTime, sameDayTime] = match;
  const endTime = sameDayTime ?? endDayTime;
  return {
    startDay: startDay!,
    ...(endDay || endTime ? { endDay: endDay ?? startDay } : {}),
    ...(endTime ? { endTime: twelveHour(endTime) } : {}),
  };
}
