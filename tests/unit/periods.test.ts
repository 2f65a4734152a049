import { expect, it } from 'vitest';
import { periodOptions } from '../../lib/periods';
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
