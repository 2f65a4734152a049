import { calendarYearProgram } from '../define';

/** Google Developer Experts: applications cover the calendar year. */
export const GOOGLE_GDE_CALENDAR = calendarYearProgram('google-gde', 'Google Developer Experts');
