import { useCallback, useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { TrackerDb } from '../lib/db/database';
import { removeEntry, restoreEntry, type Removed } from '../lib/db/edit';
import { facets, filteredIds, type DateRange, type EntryFilter } from '../lib/db/queries';
import type { Contribution } from '../lib/schema/contribution';
import { EntryFilters } from './EntryFilters';
import { EntryList } from './EntryList';
import { JustSaved } from './JustSaved';
import { UndoBar } from './UndoBar';

/** Search, filters and the list of the period's entries, with edit and delete-with-undo. */
export interface EntryBrowserProps {
  db: TrackerDb;
  range: DateRange;
  /** The period's name, as the selector shows it. */
  label: string;
  /** Every date: a search looks there unless the user narrows it to the period. */
  everything: DateRange;
  /** Entries saved from this page, shown whatever their date. */
  justSaved?: readonly string[];
  emptyHint: string;
  /** Called when the first rows (or the empty state) are on screen, so heavier reads can start after them. */
  onShown?: () => void;
}

export function EntryBrowser({ db, range, label, everything, justSaved = [], emptyHint, onShown }: EntryBrowserProps) {
  const [filter, setFilter] = useState<EntryFilter>({});
  const [searchAll, setSearchAll] = useState(true);
  const searching = filter.search !== undefined && filter.search.trim() !== '';
  const scope = searching && searchAll ? everything : range;
  const where = scope === range ? `in ${label}` : 'in all periods';
  const [removed, setRemoved] = useState<Removed>();
  const [error, setError] = useState<string>();
  const ids = useLiveQuery(() => filteredIds(db, scope, filter), [db, scope.from, scope.to, filter]);
  const choices = useLiveQuery(() => facets(db), [db]);
  const filtering = Object.values(filter).some((value) => value !== undefined);
  useEffect(() => {
    if (ids?.length === 0) onShown?.();
  }, [ids, onShown]);

  const onDelete = useCallback(
    async (entry: Contribution) => {
      setError(undefined);
      setRemoved(await removeEntry(db, entry.id));
    },
    [db],
  );

  async function undo() {
    if (!removed) return;
    try {
      await restoreEntry(db, removed);
      setRemoved(undefined);
    } catch (cause) {
      setError(`Could not undo: ${cause instanceof Error ? cause.message : String(cause)}`);
    }
  }

  return (
    <section className="browser" aria-label="Entries">
      <EntryFilters filter={filter} onChange={setFilter} platforms={choices?.platforms ?? []} tags={choices?.tags ?? []} />
      {searching && (
        <label className="search-scope">
          <span>Search in</span>
          <select value={searchAll ? 'all' : 'period'} onChange={(event) => setSearchAll(event.target.value === 'all')}>
            <option value="all">All periods</option>
            <option value="period">{label} only</option>
          </select>
        </label>
      )}
      {removed && <UndoBar message={`Deleted “${removed.entry.title}”.`} onUndo={undo} onDismiss={() => setRemoved(undefined)} />}
      <JustSaved db={db} ids={justSaved} onDelete={onDelete} />
      {error && (
        <p role="alert" className="status error">
          {error}
        </p>
      )}
      {ids === undefined ? (
        <p className="empty" aria-busy="true">
          Loading…
        </p>
      ) : ids.length === 0 ? (
        <p className="empty">{filtering ? `No entries ${where} match these filters.` : emptyHint}</p>
      ) : (
        <>
          <p className="result-count" aria-live="polite">
            {ids.length} {ids.length === 1 ? 'entry' : 'entries'} {where}
          </p>
          <EntryList db={db} ids={ids} onDelete={onDelete} onFirstRows={onShown} />
        </>
      )}
    </section>
  );
}
