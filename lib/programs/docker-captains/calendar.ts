import { calendarYearProgram } from '../define';

/** Docker Captains: applications cover the calendar year. */
export const DOCKER_CAPTAINS_CALENDAR = calendarYearProgram('docker-captains', 'Docker Captains');
