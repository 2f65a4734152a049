/** Years are calendar years in UTC, as in the store's year queries (lib/db/contributions.ts). */
export function yearBounds(year: number): { start: Date; end: Date } {
  return { start: new Date(Date.UTC(year, 0, 1)), end: new Date(Date.UTC(year + 1, 0, 1)) };
}

export function inYear(iso: string, year: number): boolean {
  const time = Date.parse(iso);
  const { start, end } = yearBounds(year);
  return time >= start.getTime() && time < end.getTime();
}

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

export function formatDay(iso: string): string {
  return dayFormat.format(new Date(iso));
}
