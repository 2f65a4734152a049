import { calendarYearProgram } from '../define';

/** Sitecore MVP: applications cover the calendar year. */
export const SITECORE_MVP_CALENDAR = calendarYearProgram('sitecore-mvp', 'Sitecore MVP');
