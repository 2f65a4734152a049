import { describe, expect, it } from 'vitest';
import { whenOf as summaryOf } from '../../../lib/adapters/event-page';
import { eventWhenOf, formatOf, typeOf, whenOf } from '../../../lib/programs/mvp/event';
import { entry } from '../../helpers/entries';

describe('MVP event dialog: what an event entry tells', () => {
  it('reads back the local days and end time the event pages’ summary writes, in the portal’s 12-hour spelling', () => {
    const read = (start: string, end?: string, timeZone?: string) => whenOf(`${summaryOf({ start, end, timeZone })} · In person`);
    expect(read('2026-03-12T18:00:00+00:00', '2026-03-12T21:15:00+00:00', 'Europe/Lisbon')).toEqual({ startDay: '2026-03-12', endDay: '2026-03-12', endTime: '9:15 PM', timeZone: 'Europe/Lisbon' });
    expect(read('2026-03-12T09:00:00-05:00', '2026-03-14T12:30:00-05:00')).toEqual({ startDay: '2026-03-12', endDay: '2026-03-14', endTime: '12:30 PM', utcOffset: '-05:00' });
    expect(read('2026-03-12T22:00:00Z', '2026-03-13T00:00:00Z')).toEqual({ startDay: '2026-03-12', endDay: '2026-03-13', endTime: '12:00 AM', utcOffset: '+00:00' });
    expect(read('2026-03-12', '2026-03-14')).toEqual({ startDay: '2026-03-12', endDay: '2026-03-14' });
    expect(read('2026-03-12T18:00:00+01:00')).toEqual({ startDay: '2026-03-12', utcOffset: '+01:00' });
    // VMUG prints abbreviations, which name no zone.
    expect(whenOf('2026-03-12 18:00–21:00 CET · In person')).toEqual({ startDay: '2026-03-12', endDay: '2026-03-12', endTime: '9:00 PM' });
  });

  it('reads nothing from an excerpt the user rewrote', () => {
    expect(whenOf('Three talks on hub-and-spoke, 2026-03-12.')).toBeUndefined();
  });

  it('reads the entry’s own times before its excerpt, and the excerpt for entries saved before they existed', () => {
    const excerpt = '2026-03-12 18:00–21:00 Europe/Zurich · In person';
    expect(eventWhenOf(entry({ kind: 'event', excerpt, event: { start: '2026-03-13T09:00', end: '2026-03-14T17:30', utcOffset: '+01:00', format: 'hybrid' } }))).toEqual({
      startDay: '2026-03-13', endDay: '2026-03-14', endTime: '5:30 PM', utcOffset: '+01:00',
    });
    expect(eventWhenOf(entry({ kind: 'event', excerpt, event: { start: '2026-03-13' } }))).toEqual({ startDay: '2026-03-13' });
    expect(eventWhenOf(entry({ kind: 'event', excerpt }))).toEqual({ startDay: '2026-03-12', endDay: '2026-03-12', endTime: '9:00 PM', timeZone: 'Europe/Zurich' });
    expect(formatOf(entry({ kind: 'event', tags: ['in-person'], event: { start: '2026-03-13', format: 'hybrid' } }))).toBe('Hybrid');
  });

  it('takes the format from the adapters’ tag and the type from the title’s words, else the site', () => {
    expect(formatOf(entry({ kind: 'event', tags: ['online'] }))).toBe('Online');
    expect(formatOf(entry({ kind: 'event', tags: ['speaking'] }))).toBeUndefined();
    expect(typeOf(entry({ kind: 'event', title: 'Hackathon at the Azure Lisbon meetup' }))).toBe('Hackathon');
    expect(typeOf(entry({ kind: 'event', title: 'Cloud Summit 2026' }))).toBe('Conference');
    expect(typeOf(entry({ kind: 'event', title: 'Networking night', url: 'https://www.meetup.com/azure-lisbon/events/1' }))).toBe('Meetup');
    expect(typeOf(entry({ kind: 'event', title: 'Networking night', url: 'https://lu.ma/night' }))).toBeUndefined();
  });
});
