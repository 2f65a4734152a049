import { describe, expect, it } from 'vitest';
import { eventFound, eventTimes } from '../../../lib/adapters/event-page';
import { EventTimesSchema } from '../../../lib/schema/contribution';

describe('an event page’s times kept in the record', () => {
  it('keeps the wall clock the page printed, with its offset and the zone it names', () => {
    expect(eventTimes({ start: '2026-03-12T18:00:00+01:00', end: '2026-03-12T21:00:00+01:00', timeZone: 'Europe/Zurich', format: 'in-person', venue: 'Basel' })).toEqual({
      start: '2026-03-12T18:00',
      end: '2026-03-12T21:00',
      timeZone: 'Europe/Zurich',
      utcOffset: '+01:00',
      format: 'in-person',
      venue: 'Basel',
    });
  });

  it('reads a time printed in UTC on the clock of the zone the page names (Luma’s page data)', () => {
    expect(eventTimes({ start: '2026-07-01T16:30:00.000Z', end: '2026-07-01T18:00:00.000Z', timeZone: 'America/New_York' })).toEqual({
      start: '2026-07-01T12:30',
      end: '2026-07-01T14:00',
      timeZone: 'America/New_York',
      utcOffset: '-04:00',
    });
    expect(eventTimes({ start: '2026-01-15T12:00:00Z', timeZone: 'Asia/Kolkata' })).toMatchObject({ start: '2026-01-15T17:30', utcOffset: '+05:30' });
  });

  it('keeps an offset-only time (Eventbrite) and an abbreviation is not taken for a zone (VMUG’s “CET”)', () => {
    expect(eventTimes({ start: '2026-06-10T16:00:00+0100' })).toEqual({ start: '2026-06-10T16:00', utcOffset: '+01:00' });
    expect(eventTimes({ start: '2026-03-12T18:00:00+01:00', timeZone: 'CET' })).toEqual({ start: '2026-03-12T18:00', utcOffset: '+01:00' });
  });

  it('keeps a day without a time, and gives nothing without a start', () => {
    expect(eventTimes({ start: '2026-03-12', end: '2026-03-14' })).toEqual({ start: '2026-03-12', end: '2026-03-14' });
    expect(eventTimes({ end: '2026-03-14' })).toBeUndefined();
    expect(eventTimes({ start: 'next Tuesday' })).toBeUndefined();
  });

  it('puts them on the draft, valid for the record’s schema', () => {
    const found = eventFound({ name: 'Night', url: 'https://www.meetup.com/g/events/1', start: '2026-03-12T18:00:00+00:00', timeZone: 'Europe/Lisbon', format: 'hybrid' });
    expect(found.event).toEqual({ start: '2026-03-12T18:00', timeZone: 'Europe/Lisbon', utcOffset: '+00:00', format: 'hybrid' });
    expect(EventTimesSchema.safeParse(found.event).success).toBe(true);
  });

  it('refuses what is not a zone or a local time', () => {
    expect(EventTimesSchema.safeParse({ start: '2026-03-12T18:00', timeZone: 'Mars/Olympus' }).success).toBe(false);
    expect(EventTimesSchema.safeParse({ start: '2026-03-12T18:00', timeZone: 'CEST' }).success).toBe(false);
    expect(EventTimesSchema.safeParse({ start: '2026-03-12T18:00:00Z' }).success).toBe(false);
    expect(EventTimesSchema.safeParse({ start: '2026-03-12T18:00', utcOffset: '+1' }).success).toBe(false);
  });
});
