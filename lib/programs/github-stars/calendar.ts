import { calendarYearProgram } from '../define';

/** GitHub Stars: applications cover the calendar year. */
export const GITHUB_STARS_CALENDAR = calendarYearProgram('github-stars', 'GitHub Stars');
