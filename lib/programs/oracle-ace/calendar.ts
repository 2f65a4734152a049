import { calendarYearProgram } from '../define';

/** Oracle ACE: applications cover the calendar year. */
export const ORACLE_ACE_CALENDAR = calendarYearProgram('oracle-ace', 'Oracle ACE');
