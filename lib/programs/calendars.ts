import type { ProgramCalendar } from './define';
import { DOCKER_CAPTAINS_CALENDAR } from './docker-captains/calendar';
import { GITHUB_STARS_CALENDAR } from './github-stars/calendar';
import { GOOGLE_GDE_CALENDAR } from './google-gde/calendar';
import { MVP_CALENDAR } from './mvp/calendar';
import { ORACLE_ACE_CALENDAR } from './oracle-ace/calendar';
import { SITECORE_MVP_CALENDAR } from './sitecore-mvp/calendar';
import { VEXPERT_CALENDAR } from './vexpert/calendar';

/**
 * Every program's name and periods, in the registry's order (index.ts), kept apart from it so that
 * the popup's first screen (the period selector, the submitted-to filter) bundles these few lines,
 * not the programs' forms and plans. tests/unit/programs/convention.test.ts keeps the two in step.
 */
export const PROGRAM_CALENDARS: readonly ProgramCalendar[] = [
  VEXPERT_CALENDAR,
  MVP_CALENDAR,
  GITHUB_STARS_CALENDAR,
  SITECORE_MVP_CALENDAR,
  GOOGLE_GDE_CALENDAR,
  DOCKER_CAPTAINS_CALENDAR,
  ORACLE_ACE_CALENDAR,
];
