import { useEffect, useMemo, useState } from 'react';
import type { TrackerDb } from '../lib/db/database';
import { dateBounds } from '../lib/db/bounds';
import { ALL_TIME_ID, defaultPeriodId, reachablePeriods, type DateBounds } from '../lib/period-list';
import type { Period } from '../lib/programs/define';
import { PROGRAM_CALENDARS } from '../lib/programs/calendars';

/**
 * The store's oldest and newest dates, kept current. Dexie's liveQuery is imported when the database
 * is given, so a page can draw its shell before Dexie loads; an error is thrown into the page's
 * error boundary, as useLiveQuery does.
 */
function useBounds(db: TrackerDb | undefined): DateBounds | undefined {
  const [bounds, setBounds] = useState<DateBounds>();
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    if (!db) return;
    let subscription: { unsubscribe(): void } | undefined;
    let stopped = false;
    void import('dexie').then(({ liveQuery }) => {
      if (!stopped) subscription = liveQuery(() => dateBounds(db)).subscribe({ next: setBounds, error: setError });
    });
    return () => {
      stopped = true;
      subscription?.unsubscribe();
    };
  }, [db]);
  if (error !== undefined) throw error;
  return bounds;
}

/**
 * The period selector's options and choice: the calendar year by default. The options follow the
 * store's oldest and newest dates, so a year appears as soon as an entry is saved in it; the choice
 * is kept by id because the periods are rebuilt then. Without a database yet, the options are this
 * year's.
 */
export function usePeriod(now: Date, db: TrackerDb | undefined) {
  const bounds = useBounds(db);
  const options = useMemo(() => reachablePeriods(now, PROGRAM_CALENDARS, bounds ?? {}), [now, bounds?.oldest, bounds?.newest]);
  const [chosen, setChosen] = useState(() => defaultPeriodId(now));
  const period = options.find((option) => option.id === chosen) ?? options.find((option) => option.id === defaultPeriodId(now))!;
  const allTime = options.find((option) => option.id === ALL_TIME_ID)!;
  return { options, period, allTime, setPeriod: (next: Period) => setChosen(next.id) };
}
