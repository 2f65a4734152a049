import { expect, it } from 'vitest';
import { periodOptions } from '../../lib/periods';
import { reachablePeriods } from '../../lib/period-list';
import { programs } from '../../lib/programs';

it('offers the calendar years and the programs’ own windows around today, current first', () => {
  const options = periodOptions(new Date('2026-11-22T10:00:00.000Z'), programs);
  // vExpert 2027's main period is the calendar year 2026, offered once as "2026".
  expect(options.map((p) => p.label)).toEqual([
    '2026',
    'vExpert 2027 second half (Jul 2026–Jun 2027)',
    'vExpert 2026 second half (Jul 2025–Jun 2026)',
    'MVP 2027 (Apr 2026 – Mar 2027)',
    'MVP 2026 (Apr 2025 – Mar 2026)',
    '2025',
    '2024',
    '2023',
    '2022',
  ]);
  expect(options[0]).toEqual({ id: 'year-2026', label: '2026', from: '2026-01-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' });
});

it('finds the MVP window in the first months of a year', () => {
  const options = periodOptions(new Date('2026-02-10T10:00:00.000Z'), programs);
  expect(options.find((p) => p.id.startsWith('mvp-'))).toMatchObject({ id: 'mvp-2026', from: '2025-04-01T00:00:00.000Z', to: '2026-04-01T00:00:00.000Z' });
});

it('reaches every entry: All time, then each year back to the oldest entry and any later year in use', () => {
  const now = new Date('2026-11-22T10:00:00.000Z');
  const options = reachablePeriods(now, programs, { oldest: '2018-06-01T00:00:00.000Z', newest: '2027-02-01T00:00:00.000Z' });
  expect(options.map((p) => p.label)).toEqual([
    'All time',
    '2027',
    '2026',
    'vExpert 2027 second half (Jul 2026–Jun 2027)',
    'vExpert 2026 second half (Jul 2025–Jun 2026)',
    'MVP 2027 (Apr 2026 – Mar 2027)',
    'MVP 2026 (Apr 2025 – Mar 2026)',
    '2025',
    '2024',
    '2023',
    '2022',
    '2021',
    '2020',
    '2019',
    '2018',
  ]);
  expect(options[0]).toEqual({ id: 'all-time', label: 'All time', from: '2018-01-01T00:00:00.000Z', to: '2028-01-01T00:00:00.000Z' });
});

it('offers the usual periods and All time when the store is empty', () => {
  const now = new Date('2026-11-22T10:00:00.000Z');
  expect(reachablePeriods(now, programs, {}).map((p) => p.id)).toEqual(['all-time', ...periodOptions(now, programs).map((p) => p.id)]);
});
