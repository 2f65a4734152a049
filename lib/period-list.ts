import { calendarYear, periodOptions } from './periods';
import type { Period, ProgramCalendar } from './programs/define';

export const ALL_TIME_ID = 'all-time';

/** The first and last publishedAt in the store, undefined while it is empty. */
export interface DateBounds {
  oldest?: string;
  newest?: string;
}

const yearOf = (iso: string | undefined, fallback: number) => (iso ? Number(iso.slice(0, 4)) : fallback);
const yearsDown = (from: number, to: number) => Array.from({ length: Math.max(0, from - to + 1) }, (_, index) => calendarYear(from - index));

/**
 * Every period in which an entry can sit, so none is ever out of reach: "All time", any year after
 * this one that holds an entry (a date typed wrong), the usual periods, then each older calendar
 * year down to the oldest entry's.
 */
export function reachablePeriods(now: Date, programs: readonly ProgramCalendar[], bounds: DateBounds): Period[] {
  const year = now.getUTCFullYear();
  const usual = periodOptions(now, programs);
  const listed = new Set(usual.map((period) => period.id));
  const oldest = Math.min(yearOf(bounds.oldest, year), year);
  const newest = Math.max(yearOf(bounds.newest, year), year);
  const allTime: Period = { id: ALL_TIME_ID, label: 'All time', from: calendarYear(oldest).from, to: calendarYear(newest).to };
  const older = yearsDown(year - 1, oldest).filter((period) => !listed.has(period.id));
  return [allTime, ...yearsDown(newest, year + 1), ...usual, ...older];
}

/** The period shown first: this calendar year. */
export const defaultPeriodId = (now: Date) => calendarYear(now.getUTCFullYear()).id;

/**
 * The program's own application window that contains today, as one of the listed periods when it
 * is there (the MVP cycle April–March; a program on the calendar year gets that year).
 */
export function programWindow(program: ProgramCalendar, now: Date, options: readonly Period[]): Period | undefined {
  const year = now.getUTCFullYear();
  const today = now.toISOString();
  const current = [year - 1, year, year + 1].map((y) => program.period(y)).find((period) => period.from <= today && today < period.to);
  return current && options.find((option) => option.id !== ALL_TIME_ID && option.from === current.from && option.to === current.to);
}
