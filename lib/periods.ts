import { currentPeriods, type Period, type ProgramCalendar } from './programs/define';

/** The calendar year, the default view. */
export function calendarYear(year: number): Period {
  return { id: `year-${year}`, label: String(year), from: `${year}-01-01T00:00:00.000Z`, to: `${year + 1}-01-01T00:00:00.000Z` };
}

/**
 * The periods the selector offers: this calendar year and the four before it, then each program's
 * own window (where it differs from the calendar year) that contains today, and the one before.
 */
export function periodOptions(now: Date, programs: readonly ProgramCalendar[]): Period[] {
  const year = now.getUTCFullYear();
  const calendar = [0, 1, 2, 3, 4].map((back) => calendarYear(year - back));
  const own = programs.flatMap((program) => currentPeriods(program, now).filter((p) => !calendar.some((c) => c.from === p.from && c.to === p.to)));
  return [calendar[0]!, ...own, ...calendar.slice(1)];
}
