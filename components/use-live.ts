import { useEffect, useReducer, useRef } from 'react';
import type { TrackerDb } from '../lib/db/database';

/**
 * Dexie's liveQuery as a hook, without loading Dexie with the page: liveQuery is imported once a
 * database is given, so the popup's first screen draws before Dexie's code is there. The last answer
 * stays on screen while the next deps' answer is read, and an error is thrown into the page's error
 * boundary (StorageGuard).
 */
export function useLive<T>(db: TrackerDb | undefined, query: (db: TrackerDb) => Promise<T> | T, deps: readonly unknown[]): T | undefined {
  const state = useRef<{ result?: T; failed?: { error: unknown } }>({});
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  useEffect(() => {
    if (!db) return;
    let subscription: { unsubscribe(): void } | undefined;
    let stopped = false;
    void import('dexie').then(({ liveQuery }) => {
      if (stopped) return;
      subscription = liveQuery(() => query(db)).subscribe({
        next: (result) => {
          if (state.current.failed || state.current.result !== result) {
            state.current = { result };
            rerender();
          }
        },
        error: (error: unknown) => {
          if (state.current.failed?.error !== error) {
            state.current = { ...state.current, failed: { error } };
            rerender();
          }
        },
      });
    });
    return () => {
      stopped = true;
      subscription?.unsubscribe();
    };
    // The caller's deps (with the database) decide when the query is read again.
  }, [db, ...deps]);
  if (state.current.failed) throw state.current.failed.error;
  return state.current.result;
}
