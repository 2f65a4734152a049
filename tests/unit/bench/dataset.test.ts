import { describe, expect, it } from 'vitest';
import { FILTER_WORD, makeEntries } from '../../../bench/dataset';
import { ContributionSchema } from '../../../lib/schema/contribution';
import { canonicalize } from '../../../lib/sites';

const from = new Date('2017-01-01T00:00:00.000Z');
const to = new Date('2026-11-22T12:00:00.000Z');

describe('benchmark dataset', () => {
  const entries = makeEntries({ count: 600, from, to });

  it('makes records the store would hold: valid, canonical, unique', () => {
    for (const entry of entries) {
      expect(ContributionSchema.parse(entry)).toEqual(entry);
      expect(canonicalize(entry.url)).toBe(entry.url);
    }
    expect(new Set(entries.map((entry) => entry.url)).size).toBe(600);
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(600);
  });

  it('spreads dates evenly over the range, oldest first', () => {
    const times = entries.map((entry) => Date.parse(entry.publishedAt));
    expect(Math.min(...times)).toBeGreaterThanOrEqual(from.getTime());
    expect(Math.max(...times)).toBeLessThan(to.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const in2026 = entries.filter((entry) => entry.publishedAt.startsWith('2026')).length;
    expect(in2026).toBeGreaterThan(50);
    expect(in2026).toBeLessThan(70);
  });

  it('puts the filter word in one title in 25, and is the same for the same seed', () => {
    expect(entries.filter((entry) => entry.title.includes(FILTER_WORD))).toHaveLength(24);
    expect(makeEntries({ count: 600, from, to })).toEqual(entries);
    expect(makeEntries({ count: 600, from, to, seed: 2 })).not.toEqual(entries);
  });
});
