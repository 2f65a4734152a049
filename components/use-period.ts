import { useMemo, useState } from 'react';
import type { TrackerDb } from '../lib/db/database';
import { dateBounds } from '../lib/db/bounds';
import { ALL_TIME_ID, defaultPeriodId, reachablePeriods } from '../lib/period-list';
import type { Period } from '../lib/programs/define';
import { PROGRAM_CALENDARS } from '../lib/programs/calendars';
import { useLive } from './use-live';

/**
 * The period selector's options and choice: the calendar year by default. The options follow the
 * store's oldest and newest dates, so a year appears as soon as an entry is saved in it; the choice
 * is kept by id because the periods are rebuilt then. Without a database yet, the options are this
 * year's.
 */
export function usePeriod(now: Date, db: TrackerDb | undefined) {
  // The store's oldest and newest dates, kept current once the database is there.
  const bounds = useLive(db, dateBounds, []);
  const options = useMemo(() => reachablePeriods(now, PROGRAM_CALENDARS, bounds ?? {}), [now, bounds?.oldest, bounds?.newest]);
  const [chosen, setChosen] = useState(() => defaultPeriodId(now));
  const period = options.find((option) => option.id === chosen) ?? options.find((option) => option.id === defaultPeriodId(now))!;
  const allTime = options.find((option) => option.id === ALL_TIME_ID)!;
  return { options, period, allTime, setPeriod: (next: Period) => setChosen(next.id) };
}
