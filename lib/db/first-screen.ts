import type { Contribution } from '../schema/contribution';
import type { DateRange } from './months';
import { CONTRIBUTIONS, DB_NAME, PUBLISHED_AT, SCHEMA_VERSION } from './names';
import { OWN_KEY } from './own-key';

/** Entries read for the list's first screen (a scroller's height is 6 rows), newest first. */
export const FIRST_SCREEN = 12;

/** The newest entries of a range, read before Dexie loads; `complete` when they are all of them. */
export interface FirstScreen extends DateRange {
  entries: Contribution[];
  complete: boolean;
}

/** Opens the database as it is, or resolves undefined: it never creates or upgrades it (Dexie does). */
function openAsItIs(factory: IDBFactory): Promise<IDBDatabase | undefined> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(DB_NAME); // no version: the one stored, never a change
    } catch {
      resolve(undefined);
      return;
    }
    // Only a database that does not exist yet asks for an upgrade here: aborting leaves none behind.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = (event) => {
      event.preventDefault();
      resolve(undefined);
    };
    request.onblocked = () => resolve(undefined);
    request.onsuccess = () => {
      const db = request.result;
      // Dexie's version of the schema, or nothing: an older store still waits for Dexie's upgrade.
      if (db.version !== SCHEMA_VERSION * 10 || !db.objectStoreNames.contains(CONTRIBUTIONS)) {
        db.close();
        resolve(undefined);
        return;
      }
      // Dexie may need the database for a new version while this connection is still open.
      db.onversionchange = () => db.close();
      resolve(db);
    };
  });
}

/** A row as Dexie's reads return it: the own-key middleware (lib/db/own-key.ts) hides the owner's index key. */
function asRead(row: Record<string, unknown>): Contribution {
  const { [OWN_KEY]: _hidden, ...entry } = row;
  return entry as unknown as Contribution;
}

/**
 * The range's newest `limit` entries, as `firstRows` (lib/db/queries.ts) reads them without a
 * filter, straight from IndexedDB: the popup shows them before Dexie's code has loaded. Undefined
 * when the database is not there at Dexie's version or cannot be read: the page then waits for Dexie.
 */
export async function readFirstScreen(range: DateRange, limit = FIRST_SCREEN, factory: IDBFactory = indexedDB): Promise<FirstScreen | undefined> {
  const db = await openAsItIs(factory);
  if (!db) return undefined;
  try {
    const entries = await new Promise<Contribution[]>((resolve, reject) => {
      const found: Contribution[] = [];
      const transaction = db.transaction(CONTRIBUTIONS, 'readonly');
      const cursor = transaction.objectStore(CONTRIBUTIONS).index(PUBLISHED_AT).openCursor(IDBKeyRange.bound(range.from, range.to, false, true), 'prev');
      cursor.onsuccess = () => {
        const at = cursor.result;
        if (at && found.length < limit) {
          found.push(asRead(at.value as Record<string, unknown>));
          if (found.length < limit) at.continue();
        }
      };
      transaction.oncomplete = () => resolve(found);
      transaction.onabort = transaction.onerror = () => reject(transaction.error ?? new Error('first screen read failed'));
    });
    return { ...range, entries, complete: entries.length < limit };
  } catch {
    return undefined;
  } finally {
    db.close();
  }
}
