import { describe, expect, it } from 'vitest';
import { pairedDifferences, quantile, summarize } from '../../../bench/stats';

describe('bench statistics', () => {
  it('interpolates quantiles between ranks, whatever the input order', () => {
    expect(quantile([4, 1, 3, 2], 0.5)).toBe(2.5);
    expect(quantile([10, 20, 30, 40, 50], 0.25)).toBe(20);
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21], 0.95)).toBe(20);
    expect(quantile([7], 0.95)).toBe(7);
    expect(quantile([], 0.5)).toBeNaN();
  });

  it('summarizes samples without reordering the caller’s array', () => {
    const samples = [9, 1, 5, 3, 7];
    expect(summarize(samples)).toEqual({ n: 5, median: 5, p25: 3, p75: 7, p95: 8.6, min: 1, max: 9 });
    expect(samples).toEqual([9, 1, 5, 3, 7]);
  });

  it('pairs alternating runs and ignores an unmatched last run', () => {
    expect(pairedDifferences([12, 15, 11], [10, 10])).toEqual([2, 5]);
  });
});
