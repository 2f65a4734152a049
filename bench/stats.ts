/** Order statistics for timing samples. Quantiles interpolate linearly between ranks (R type 7). */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (sorted.length - 1) * q;
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}

export interface Summary {
  n: number;
  median: number;
  p25: number;
  p75: number;
  p95: number;
  min: number;
  max: number;
}

export function summarize(values: readonly number[]): Summary {
  return {
    n: values.length,
    median: quantile(values, 0.5),
    p25: quantile(values, 0.25),
    p75: quantile(values, 0.75),
    p95: quantile(values, 0.95),
    min: Math.min(...values),
    max: Math.max(...values),
  };
}

/** Pairwise differences of alternating runs (with[i] - without[i]): drift on the machine cancels out. */
export function pairedDifferences(withIt: readonly number[], without: readonly number[]): number[] {
  const n = Math.min(withIt.length, without.length);
  return Array.from({ length: n }, (_, i) => withIt[i]! - without[i]!);
}
