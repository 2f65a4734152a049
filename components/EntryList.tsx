import { useEffect, useMemo, useRef, useState } from 'react';
import type { TrackerDb } from '../lib/db/database';
import { t } from '../lib/i18n';
import type { Contribution } from '../lib/schema/contribution';
import { LateEntryEditor } from './LateEntryEditor';
import { EntryRow } from './EntryRow';
import { useRowWindow } from './use-row-window';
import { useLive } from './use-live';

const ROW_HEIGHT = 60;
const EDITOR_HEIGHT = 560;
/** Rows are read from the database a page at a time, as they scroll into view. */
const PAGE = 50;
/** Rows drawn beyond each edge of the view, so a short scroll shows rows already there. */
const OVERSCAN = 6;
/** The list's height before it is laid out (a hidden tab, a test without layout). */
const FALLBACK_HEIGHT = 480;

/**
 * Reads the rows in view, keeping what was already read so that scrolling never blanks the list.
 * Rows the page already holds (`known`) show at once, until the page's own read brings them.
 */
function usePagedRows(db: TrackerDb | undefined, ids: readonly string[], first: number, last: number, known: readonly Contribution[]) {
  const start = Math.floor(first / PAGE) * PAGE;
  const end = Math.min(ids.length, (Math.floor(last / PAGE) + 1) * PAGE);
  const cache = useRef(new Map<string, Contribution>());
  const page = useLive(db, (db) => db.contributions.bulkGet(ids.slice(start, end)), [ids, start, end]);
  for (const entry of page ?? []) if (entry) cache.current.set(entry.id, entry);
  for (const entry of known) if (!cache.current.has(entry.id)) cache.current.set(entry.id, entry);
  return (id: string) => cache.current.get(id);
}

export interface EntryListProps {
  /** Undefined on the popup's first screen, before Dexie loads: only the `known` rows show. */
  db: TrackerDb | undefined;
  ids: readonly string[];
  /** How many entries the whole list holds; undefined while only its first screen is known. */
  total?: number;
  /** Entries already read (the first screen), shown without waiting for the list's own read. */
  known?: readonly Contribution[];
  onDelete: (entry: Contribution) => void;
  /** Called once, when the first rows are on screen. */
  onFirstRows?: () => void;
}

const NONE: readonly Contribution[] = [];

/** The windowed list: only the rows in view exist in the page, so 10,000 entries scroll smoothly. */
export function EntryList({ db, ids, total, known = NONE, onDelete, onFirstRows }: EntryListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const [editing, setEditing] = useState<string>();
  const editingIndex = useMemo(() => (editing === undefined ? -1 : ids.indexOf(editing)), [ids, editing]);
  const layout = { count: ids.length, rowHeight: ROW_HEIGHT, ...(editingIndex >= 0 ? { tall: { index: editingIndex, height: EDITOR_HEIGHT } } : {}) };
  const { rows: items, height } = useRowWindow(scroller, layout, OVERSCAN, FALLBACK_HEIGHT);
  // When the editor closes, the keyboard goes back to the row it was opened from.
  const closed = useRef<string>(undefined);
  useEffect(() => {
    if (editing !== undefined) closed.current = editing;
    else if (closed.current !== undefined) scroller.current?.querySelector<HTMLElement>(`[data-entry="${CSS.escape(closed.current)}"] .entry-actions button`)?.focus();
  }, [editing]);

  const rowOf = usePagedRows(db, ids, items[0]?.index ?? 0, items.at(-1)?.index ?? 0, known);
  const shown = items.length > 0 && rowOf(ids[items[0]!.index]!) !== undefined;
  useEffect(() => {
    if (shown) onFirstRows?.();
  }, [shown, onFirstRows]);

  return (
    <div className="list-scroller" ref={scroller} tabIndex={0} role="group" aria-label={t('entryListScroller')}>
      <ol className="entries" aria-label={t('entryListLabel')} style={{ height }}>
        {items.map((item) => {
          const id = ids[item.index]!;
          const entry = rowOf(id);
          return (
            <li
              key={id}
              className={id === editing ? 'entry editing' : 'entry'}
              data-entry={id}
              aria-setsize={total ?? -1}
              aria-posinset={item.index + 1}
              style={{ transform: `translateY(${item.start}px)`, height: item.size }}
            >
              {!entry ? (
                <span className="entry-loading">{t('loading')}</span>
              ) : id === editing && db ? (
                <LateEntryEditor db={db} entry={entry} onDone={() => setEditing(undefined)} />
              ) : (
                <EntryRow entry={entry} onEdit={() => setEditing(id)} onDelete={() => onDelete(entry)} />
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
