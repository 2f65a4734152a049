// Kept apart from the queries (which need the schema, and so zod) for the popup's first script.

/** A span of dates: `from` inclusive, `to` exclusive, ISO instants in UTC. */
export interface DateRange {
  from: string;
  to: string;
}

/** Every month the range touches, as `YYYY-MM`. */
export function monthsOf(range: DateRange): string[] {
  const months: string[] = [];
  let [year, month] = range.from.slice(0, 7).split('-').map(Number) as [number, number];
  for (let key = range.from.slice(0, 7); `${key}-01T00:00:00.000Z` < range.to; key = `${year}-${String(month).padStart(2, '0')}`) {
    months.push(key);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return months;
}
