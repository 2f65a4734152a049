import { useCallback, useState } from 'react';
import type { TrackerDb } from '../lib/db/database';
import type { DateRange, EntryFilter } from '../lib/db/queries';
import { EntryBrowser } from './EntryBrowser';
import { Glance } from './Glance';
import type { useYearView } from './use-year-view';

export interface YearViewProps {
  /** Undefined on the popup's first screen, before Dexie loads: the list shows its first rows read without it. */
  db: TrackerDb | undefined;
  period: DateRange & { label: string };
  /** All time: where search looks when it is not narrowed to the period. */
  everything: DateRange;
  /** The filters and picked month the glance and the list share (kept by the page, across its tabs). */
  view: ReturnType<typeof useYearView>;
  justSaved: readonly string[];
  emptyHint: string;
  /** Called when the list's first screen is as complete as it gets without the database (see EntryBrowser's onShown). */
  onShown?: () => void;
}

/** The year at a glance above its list, as the popup and the dashboard both show it. */
export function YearView({ db, period, everything, view, justSaved, emptyHint, onShown }: YearViewProps) {
  // The glance waits for the list's first rows, so the list paints first.
  const [listShown, setListShown] = useState(false);
  const showList = useCallback(() => {
    setListShown(true);
    onShown?.();
  }, [onShown]);
  // The glance counts what the list holds: it reads the rows again, so it waits for the list's own read
  // of a new filter or search rather than competing with it (even before the list's first answer).
  const [listedFilter, setListedFilter] = useState<EntryFilter>(view.filter);
  return (
    <>
      <Glance db={db} range={period} label={period.label} start={listShown} filter={listedFilter} month={view.month} onMonth={view.setMonth} />
      <EntryBrowser
        db={db}
        range={period}
        label={period.label}
        everything={everything}
        filter={view.filter}
        onFilter={view.setFilter}
        month={view.month}
        onClearMonth={view.clearMonth}
        justSaved={justSaved}
        onShown={showList}
        onListed={setListedFilter}
        emptyHint={emptyHint}
      />
    </>
  );
}
