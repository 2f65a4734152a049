import { describe, expect, it } from 'vitest';
import { pickOption } from '../../../lib/autofill/options';
import { MVP_RULES } from '../../../lib/programs/mvp/rules';
import { windowsZoneOf } from '../../../lib/programs/mvp/time-zone';

describe('MVP event dialog: the Time Zone list’s Windows zone for an event', () => {
  it('maps an IANA zone to its Windows zone (CLDR windowsZones)', () => {
    expect(windowsZoneOf({ timeZone: 'Europe/Lisbon', utcOffset: '+01:00' })).toEqual({ windows: 'GMT Standard Time' });
    expect(windowsZoneOf({ timeZone: 'America/New_York' })).toEqual({ windows: 'Eastern Standard Time' });
    expect(windowsZoneOf({ timeZone: 'Asia/Kolkata' })).toEqual({ windows: 'India Standard Time' });
    expect(windowsZoneOf({ timeZone: 'Etc/UTC' })).toEqual({ windows: 'UTC' });
  });

  it('finds a renamed zone by the platform’s canonical name (Europe/Kyiv, Europe/Kiev in the table)', () => {
    expect(windowsZoneOf({ timeZone: 'Europe/Kyiv' })).toEqual({ windows: 'FLE Standard Time' });
  });

  it('maps an offset-only event (Eventbrite) to a zone with that offset, and says a city’s zone may be better', () => {
    const answer = windowsZoneOf({ utcOffset: '+01:00' });
    expect(answer).toMatchObject({ windows: 'W. Central Africa Standard Time' });
    expect('note' in answer && answer.note).toContain('gives only its offset, UTC+01:00');
    expect(windowsZoneOf({ utcOffset: '-05:00' })).toMatchObject({ windows: 'SA Pacific Standard Time' });
    expect(windowsZoneOf({ utcOffset: '+00:00' })).toEqual({ windows: 'UTC' });
  });

  it('leaves a half-hour offset, an unknown zone and a missing one to the user, saying why', () => {
    expect(windowsZoneOf({ utcOffset: '+05:30' })).toEqual({ reason: expect.stringContaining('UTC+05:30, which several zones share') });
    expect(windowsZoneOf({ timeZone: 'Mars/Olympus_Mons' })).toEqual({ reason: expect.stringContaining('“Mars/Olympus_Mons” has no Windows zone we know') });
    expect(windowsZoneOf({})).toEqual({ reason: expect.stringContaining('does not say which time zone') });
  });

  it('matches the zone in a list of ids, or of display names by its cities', () => {
    const names = (windows: string) => [windows, ...(MVP_RULES.synonyms.timeZone?.[windows] ?? [])];
    const ids = ['Central America Standard Time', 'GMT Standard Time', 'W. Europe Standard Time'].map((label) => ({ label, value: label }));
    expect(pickOption(ids, names('GMT Standard Time'))?.option.label).toBe('GMT Standard Time');
    const shown = ['(UTC) Coordinated Universal Time', '(UTC+00:00) Dublin, Edinburgh, Lisbon, London', '(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi', '(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna']
      .map((label) => ({ label, value: label }));
    expect(pickOption(shown, names('GMT Standard Time'))?.option.label).toBe('(UTC+00:00) Dublin, Edinburgh, Lisbon, London');
    expect(pickOption(shown, names('India Standard Time'))?.option.label).toBe('(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi');
    expect(pickOption(shown, names('W. Europe Standard Time'))?.option.label).toBe('(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna');
    expect(pickOption(shown, names('Eastern Standard Time'))).toBeUndefined();
  });
});
