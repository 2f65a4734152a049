import { useCallback, useEffect, useMemo, useState } from 'react';
import type { TrackerDb } from '../lib/db/database';
import { FIRST_SCREEN, readFirstScreen } from '../lib/db/first-screen';
import type { Removed } from '../lib/db/edit';
import { facets, filteredIds, firstMatches, type DateRange, type EntryFilter, type FirstMatches } from '../lib/db/queries';
import { t } from '../lib/i18n';
import type { Contribution } from '../lib/schema/contribution';
import { EntryFilters } from './EntryFilters';
import { EntryList } from './EntryList';
import { JustSaved } from './JustSaved';
import { monthName } from './MonthChart';
import { onlySearchNarrows, searchIndex, searchOnly, useSearchIndex } from './search-index';
import { UndoBar } from './UndoBar';
import { useLive } from './use-live';

const IDLE_FALLBACK_MS = 1000;

/** Runs `work` when the page is idle (soon after at the latest); returns what cancels it. */
function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(work, IDLE_FALLBACK_MS);
    return () => clearTimeout(timer);
  }
  const handle = requestIdleCallback(work, { timeout: IDLE_FALLBACK_MS });
  return () => cancelIdleCallback(handle);
}
/** The list's ids for one filter over one range, kept with them so that no other filter's list is shown. */
interface Answer {
  filter: EntryFilter;
  from: string;
  to: string;
  ids: string[];
}

const answers = <A extends Omit<Answer, 'ids'>>(answer: A | undefined, filter: EntryFilter, scope: DateRange): answer is A =>
  answer !== undefined && answer.filter === filter && answer.from === scope.from && answer.to === scope.to;

/** One calendar month, `YYYY-MM`, as a range. */
function monthRange(month: string): DateRange {
  const [year, number] = month.split('-').map(Number) as [number, number];
  const next = number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
  return { from: `${month}-01T00:00:00.000Z`, to: `${next}-01T00:00:00.000Z` };
}

/** Search, filters and the list of the period's entries, with edit and delete-with-undo. */
export interface EntryBrowserProps {
  /**
   * Undefined on the popup's first screen, before Dexie loads: the period's newest rows are read
   * straight from IndexedDB meanwhile, and the search box and list stay as they are when it arrives.
   */
  db: TrackerDb | undefined;
  range: DateRange;
  /** The period's name, as the selector shows it. */
  label: string;
  /** Every date: a search looks there unless the user narrows it to the period. */
  everything: DateRange;
  /** The filters, when the page shares them with the glance; the browser keeps its own otherwise. */
  filter?: EntryFilter;
  onFilter?: (filter: EntryFilter) => void;
  /** A month of the period the list is narrowed to (`YYYY-MM`, from the chart), and how to widen it again. */
  month?: string;
  onClearMonth?: () => void;
  /** Entries saved from this page, shown whatever their date. */
  justSaved?: readonly string[];
  emptyHint: string;
  /**
   * Called when the first rows (or the empty state) are on screen, so heavier reads can start after
   * them; without a database, also when nothing more shows until it is there.
   */
  onShown?: () => void;
  /** Called with the filter whose entries the list now holds, so the glance's count of them can follow. */
  onListed?: (filter: EntryFilter) => void;
}

export function EntryBrowser({ db, range: period, label: periodLabel, everything, filter: shared, onFilter, month, onClearMonth, justSaved = [], emptyHint, onShown, onListed }: EntryBrowserProps) {
  const [own, setOwn] = useState<EntryFilter>({});
  const filter = shared ?? own;
  const setFilter = onFilter ?? setOwn;
  const range = month ? monthRange(month) : period;
  const label = month ? monthName(month) : periodLabel;
  const [searchAll, setSearchAll] = useState(true);
  const searching = filter.search !== undefined && filter.search.trim() !== '';
  const scope = searching && searchAll ? everything : range;
  const where = scope === range ? t('inPeriod', label) : t('inAllPeriods');
  const [removed, setRemoved] = useState<Removed>();
  const [error, setError] = useState<string>();
  // A search alone is answered from an index in memory, read once the first rows are on screen and
  // the page is idle (or at once when the search box gets the keyboard or a search is set), instead
  // of reading every entry again on each search; other filters read the database's indexes.
  const [indexWanted, setIndexWanted] = useState(false);
  const indexed = searchOnly(filter);
  const fromDb = useLive(
    db,
    async (db) => (indexed ? undefined : { filter, from: scope.from, to: scope.to, ids: await filteredIds(db, scope, filter) }),
    [scope.from, scope.to, filter, indexed],
  );
  // The first screen's short read (below) goes first: the index's chunks would queue ahead of its
  // batches. Once begun, the index's read goes on whatever is typed next.
  const [indexBegun, setIndexBegun] = useState(false);
  const [tried, setTried] = useState<Omit<Answer, 'ids'>>();
  const firstPending = db !== undefined && !answers(fromDb, filter, scope) && !answers(tried, filter, scope);
  const indexNow = indexBegun || ((indexWanted || indexed) && !firstPending);
  useEffect(() => {
    if (db && indexNow) setIndexBegun(true);
  }, [db, indexNow]);
  const index = useSearchIndex(db, indexNow);
  const fromIndex = useMemo(
    () => (indexed && index ? { filter, from: scope.from, to: scope.to, ids: searchIndex(index, scope, filter.search!) } : undefined),
    [indexed, index, scope.from, scope.to, filter],
  );
  // Only an answer to the filter and scope on screen is shown: never the previous one's rows.
  const listed = [fromIndex, fromDb].find((answer) => answers(answer, filter, scope));
  // Until the whole answer arrives, its first screen shows from one short newest-first read: the
  // ids of a busy year (10,000) or the search index take far longer to read.
  const [first, setFirst] = useState<Answer & FirstMatches>();
  const waiting = listed === undefined;
  const [rowsShown, setRowsShown] = useState(false);
  const shown = useCallback(() => {
    setRowsShown(true);
    onShown?.();
  }, [onShown]);
  useEffect(() => {
    if (!waiting) return;
    let current = true;
    // Before Dexie, only an unfiltered list's first screen can be read (straight from IndexedDB).
    const unfiltered = Object.values(filter).every((value) => value === undefined);
    const read = db ? firstMatches(db, scope, filter, FIRST_SCREEN) : unfiltered ? readFirstScreen(scope) : Promise.resolve(undefined);
    void read
      .then(
        (found) => {
          if (!current) return;
          if (found) setFirst({ filter, from: scope.from, to: scope.to, ids: found.entries.map((entry) => entry.id), ...found });
          else if (!db) shown(); // nothing more shows until the database is there
        },
        () => undefined, // the list's own read reports the failure (StorageGuard)
      )
      .finally(() => current && db && setTried({ filter, from: scope.from, to: scope.to }));
    return () => {
      current = false;
    };
  }, [db, scope.from, scope.to, filter, waiting, shown]);
  const firstScreen = waiting && answers(first, filter, scope) ? first : undefined;
  // A first read that reached the range's end holds the whole answer.
  const whole = listed ?? (firstScreen?.complete ? firstScreen : undefined);
  const ids = whole?.ids ?? (firstScreen && firstScreen.ids.length > 0 ? firstScreen.ids : undefined);
  const choices = useLive(db, facets, []);
  const filtering = Object.values(filter).some((value) => value !== undefined);
  const wantIndex = useCallback(() => setIndexWanted(true), []);
  useEffect(() => {
    if (ids?.length === 0) shown();
  }, [ids, shown]);
  useEffect(() => (rowsShown && !indexWanted ? whenIdle(wantIndex) : undefined), [rowsShown, indexWanted, wantIndex]);
  useEffect(() => {
    if (whole) onListed?.(whole.filter);
  }, [whole, onListed]);

  const onDelete = useCallback(
    async (entry: Contribution) => {
      if (!db) return; // the rows' buttons work once the database is there, a moment after they show
      setError(undefined);
      // The edit module validates with zod: it loads on the first delete, not with the first rows.
      const { removeEntry } = await import('../lib/db/edit');
      setRemoved(await removeEntry(db, entry.id));
    },
    [db],
  );

  async function undo() {
    if (!removed || !db) return;
    try {
      const { restoreEntry } = await import('../lib/db/edit');
      await restoreEntry(db, removed);
      setRemoved(undefined);
    } catch (cause) {
      setError(t('undoFailed', cause instanceof Error ? cause.message : String(cause)));
    }
  }

  return (
    <section className="browser" aria-label={t('entriesLabel')}>
      <EntryFilters
        filter={filter}
        onChange={setFilter}
        platforms={choices?.platforms ?? []}
        tags={choices?.tags ?? []}
        searchDelayMs={onlySearchNarrows(filter) ? 0 : undefined}
        onSearchFocus={wantIndex}
      />
      {month && onClearMonth && (
        <p className="month-filter">
          {t('onlyMonth', monthName(month))}{' '}
          <button type="button" className="icon" onClick={onClearMonth}>
            {t('showAllOf', periodLabel)}
          </button>
        </p>
      )}
      {searching && (
        <label className="search-scope">
          <span>{t('searchIn')}</span>
          <select value={searchAll ? 'all' : 'period'} onChange={(event) => setSearchAll(event.target.value === 'all')}>
            <option value="all">{t('searchAllPeriods')}</option>
            <option value="period">{t('searchPeriodOnly', periodLabel)}</option>
          </select>
        </label>
      )}
      {removed && <UndoBar message={t('entryDeleted', removed.entry.title)} onUndo={undo} onDismiss={() => setRemoved(undefined)} />}
      <JustSaved db={db} ids={justSaved} onDelete={onDelete} />
      {error && (
        <p role="alert" className="status error">
          {error}
        </p>
      )}
      {ids === undefined ? (
        <p className="empty" aria-busy="true">
          {t('loading')}
        </p>
      ) : ids.length === 0 ? (
        <p className="empty">{filtering ? t('noMatches', where) : emptyHint}</p>
      ) : (
        <>
          {whole ? (
            <p className="result-count" aria-live="polite">
              {ids.length === 1 ? t('resultOne', String(ids.length), where) : t('resultMany', String(ids.length), where)}
            </p>
          ) : (
            // The count's line, held empty while only the first screen is known, so the rows do not move.
            <p className="result-count" aria-hidden="true">
              {'\u00a0'}
            </p>
          )}
          <EntryList db={db} ids={ids} total={whole?.ids.length} known={answers(first, filter, scope) ? first.entries : undefined} onDelete={onDelete} onFirstRows={shown} />
        </>
      )}
    </section>
  );
}
