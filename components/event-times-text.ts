import type { EventTimes } from '../lib/schema/contribution';

/** The editor's text for an event's own times; the record's schema checks them on save. */
export interface EventTimesText {
  start: string;
  end: string;
  timeZone: string;
  utcOffset: string;
  format: '' | NonNullable<EventTimes['format']>;
  venue: string;
}

/** "2026-03-12T18:30" is shown as "2026-03-12 18:30", the way people write it. */
const shown = (local: string | undefined) => local?.replace('T', ' ') ?? '';
const stored = (text: string) => text.trim().replace(/^(\d{4}-\d{2}-\d{2})[ T]+(\d{2}:\d{2})$/, '$1T$2');

export const eventText = (event: EventTimes | undefined): EventTimesText => ({
  start: shown(event?.start),
  end: shown(event?.end),
  timeZone: event?.timeZone ?? '',
  utcOffset: event?.utcOffset ?? '',
  format: event?.format ?? '',
  venue: event?.venue ?? '',
});

/** What the fields say, as the record's field: none when all are empty; a missing start is left to the schema to name. */
export function eventFromText(text: EventTimesText): EventTimes | undefined {
  const values = {
    start: stored(text.start),
    end: stored(text.end) || undefined,
    timeZone: text.timeZone.trim() || undefined,
    utcOffset: text.utcOffset.trim() || undefined,
    format: text.format || undefined,
    venue: text.venue.trim() || undefined,
  };
  if (!values.start && Object.values(values).every((value) => value === undefined || value === '')) return undefined;
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as EventTimes;
}
