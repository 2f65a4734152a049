import { describe, expect, it } from 'vitest';
import { feedDate } from '../../../lib/backfill/dates';

describe('feedDate', () => {
  it.each([
    ['Tue, 03 Mar 2026 10:00:00 +0100', '2026-03-03T09:00:00.000Z'],
    ['Tue, 3 Mar 2026 10:00:00 GMT', '2026-03-03T10:00:00.000Z'],
    ['03 Mar 2026 10:00:00 EST', '2026-03-03T15:00:00.000Z'],
    ['Tue, 03 Mar 2026 10:00 +0000', '2026-03-03T10:00:00.000Z'],
    // Wrong weekday, "UTC", a full month name: seen in real feeds, the moment is still clear.
    ['Wed, 03 Mar 2026 10:00:00 +0000', '2026-03-03T10:00:00.000Z'],
    ['Tue, 03 Mar 2026 10:00:00 UTC', '2026-03-03T10:00:00.000Z'],
    ['Tue, 03 March 2026 10:00:00 +0000', '2026-03-03T10:00:00.000Z'],
    ['2026-03-03T10:00:00Z', '2026-03-03T10:00:00.000Z'],
    ['2026-10-02T08:00:00.000-07:00', '2026-10-02T15:00:00.000Z'],
    // No zone: UTC, whatever the machine's zone, so a post never changes year by where it is read.
    ['2026-12-31T23:30:00', '2026-12-31T23:30:00.000Z'],
    ['2026-12-31 23:30:00', '2026-12-31T23:30:00.000Z'],
    ['  2026-03-03  ', '2026-03-03T00:00:00.000Z'],
  ])('reads %s', (raw, iso) => {
    expect(feedDate(raw)).toBe(iso);
  });

  it.each([undefined, '', 'yesterday', 'Tue, 35 Mar 2026 10:00:00 +0000', '2026-13-01'])('gives nothing for %s', (raw) => {
    expect(feedDate(raw)).toBeUndefined();
  });
});
