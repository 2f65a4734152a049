import type { Period, ProgramCalendar } from '../define';

/**
 * The award is named for the year it runs: "vExpert 2027" takes applications from late November
 * 2026 to early January 2027 and shows 2026's work [V research/forms.md; the exact days change each
 * year, so the window is taken wide: 15 November – 15 January]. A second-half intake runs in July of
 * the award's year (July 2025: 7–24 July [V]; taken as all of July); what it shows is not public,
 * so it takes the twelve months before it [I].
 */
const main = (year: number): Period => ({
  id: `vexpert-${year}`,
  label: `vExpert ${year} (Jan–Dec ${year - 1})`,
  from: `${year - 1}-01-01T00:00:00.000Z`,
  to: `${year}-01-01T00:00:00.000Z`,
  applications: { from: `${year - 1}-11-15T00:00:00.000Z`, to: `${year}-01-16T00:00:00.000Z` },
});
const secondHalf = (year: number): Period => ({
  id: `vexpert-${year}-h2`,
  label: `vExpert ${year} second half (Jul ${year - 1}–Jun ${year})`,
  from: `${year - 1}-07-01T00:00:00.000Z`,
  to: `${year}-07-01T00:00:00.000Z`,
  applications: { from: `${year}-07-01T00:00:00.000Z`, to: `${year}-08-01T00:00:00.000Z` },
});

export const VEXPERT_CALENDAR: ProgramCalendar = {
  id: 'vexpert',
  name: 'vExpert',
  period: main,
  periods: (year) => [main(year), secondHalf(year)],
};
