import type { Contribution } from '../schema/contribution';

/** An event's own times (Contribution.event) as spreadsheet columns: local times, as the event's page stated them. */
export const EVENT_COLUMNS: readonly [string, (entry: Contribution) => string | undefined][] = [
  ['Event start', (e) => e.event?.start.replace('T', ' ')],
  ['Event end', (e) => e.event?.end?.replace('T', ' ')],
  ['Time zone', (e) => e.event?.timeZone],
  // "UTC+01:00": a bare "+01:00" would be taken for a formula and defused with a quote.
  ['UTC offset', (e) => e.event?.utcOffset && `UTC${e.event.utcOffset}`],
  ['Format', (e) => e.event?.format],
  ['Venue', (e) => e.event?.venue],
];
