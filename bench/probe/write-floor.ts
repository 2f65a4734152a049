/**
 * What IndexedDB alone takes to add the import's rows, and what each part of the schema costs of it:
 * the same rows written with the raw API into a fresh database built for one variant (all of the
 * entries' indexes, one of them left out, none, bulky fields in a second store, another durability,
 * several transactions). Runs in the extension page with db-probe.ts.
 */

/** The entries' indexes as database version 4 declares them (lib/db/database.ts), by Dexie's name. */
export const ENTRY_INDEXES: Record<string, { keyPath: string | string[]; unique?: boolean; multiEntry?: boolean }> = {
  url: { keyPath: 'url', unique: true },
  publishedAt: { keyPath: 'publishedAt' },
  '[kind+publishedAt]': { keyPath: ['kind', 'publishedAt'] },
  '[platform+publishedAt]': { keyPath: ['platform', 'publishedAt'] },
  tags: { keyPath: 'tags', multiEntry: true },
  '[ownKey+publishedAt]': { keyPath: ['ownKey', 'publishedAt'] },
  '[ownKey+kind+publishedAt]': { keyPath: ['ownKey', 'kind', 'publishedAt'] },
};

const ALL = Object.keys(ENTRY_INDEXES);

/** The variants the bench measures, each beside the first (the schema as it is). */
export const WRITE_VARIANTS: { label: string; variant: WriteVariant }[] = [
  { label: 'all indexes (database version 4)', variant: {} },
  ...ALL.map((index) => ({ label: `without ${index}`, variant: { without: [index] } })),
  { label: 'no secondary index', variant: { without: ALL } },
  { label: 'no secondary index, only ids stored', variant: { without: ALL, idsOnly: true } },
  { label: 'all indexes, bulky fields in a second store', variant: { split: true } },
  { label: "all indexes, durability 'relaxed'", variant: { durability: 'relaxed' } },
  { label: "all indexes, durability 'strict'", variant: { durability: 'strict' } },
  { label: 'all indexes, 10 transactions of 1,000', variant: { transactions: 10 } },
  { label: '100 records of 100 rows each, no index', variant: { rowsPerRecord: 100 } },
];

/** Fields a list row does not show, kept in the second store when `split` is set. */
const BULKY = ['excerpt', 'notes', 'privateNotes', 'evidence', 'metrics', 'programs', 'contextUrl', 'contextTitle', 'event'];

export interface WriteVariant {
  /** Indexes (names of ENTRY_INDEXES) the store is built without. */
  without?: string[];
  /** Bulky fields go to a store of their own, keyed by the entry's id. */
  split?: boolean;
  durability?: IDBTransactionDurability;
  /** The rows are written in this many transactions, one after the other. */
  transactions?: number;
  /** Rows per stored record (a record then holds a list of rows, as chunked storage would). */
  rowsPerRecord?: number;
  /** Only each row's id is stored: what a request costs whatever its value. */
  idsOnly?: boolean;
}

const request = <T>(req: IDBRequest<T> | IDBOpenDBRequest): Promise<T> =>
  new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result as T);
    req.onerror = () => reject(req.error);
  });

async function open(name: string, variant: WriteVariant): Promise<IDBDatabase> {
  await request(indexedDB.deleteDatabase(name));
  const req = indexedDB.open(name, 1);
  req.onupgradeneeded = () => {
    const store = req.result.createObjectStore('contributions', { keyPath: 'id' });
    if (variant.rowsPerRecord) return;
    for (const [index, spec] of Object.entries(ENTRY_INDEXES)) {
      if (!variant.without?.includes(index)) store.createIndex(index, spec.keyPath, { unique: spec.unique, multiEntry: spec.multiEntry });
    }
    if (variant.split) req.result.createObjectStore('bodies', { keyPath: 'id' });
  };
  return request<IDBDatabase>(req);
}

type Row = Record<string, unknown> & { id: string };

function records(all: Row[], variant: WriteVariant): { contributions: Row[]; bodies: Row[] } {
  const rows = variant.idsOnly ? all.map((row) => ({ id: row.id })) : all;
  if (variant.rowsPerRecord) {
    const size = variant.rowsPerRecord;
    const chunks = Array.from({ length: Math.ceil(rows.length / size) }, (_, i) => ({ id: String(i).padStart(6, '0'), rows: rows.slice(i * size, (i + 1) * size) }));
    return { contributions: chunks, bodies: [] };
  }
  if (!variant.split) return { contributions: rows, bodies: [] };
  const contributions: Row[] = [];
  const bodies: Row[] = [];
  for (const row of rows) {
    const head: Row = { id: row.id };
    const body: Row = { id: row.id };
    for (const [key, value] of Object.entries(row)) (BULKY.includes(key) ? body : head)[key] = value;
    contributions.push(head);
    bodies.push(body);
  }
  return { contributions, bodies };
}

function write(idb: IDBDatabase, part: { contributions: Row[]; bodies: Row[] }, durability: IDBTransactionDurability): Promise<void> {
  const stores = part.bodies.length ? ['contributions', 'bodies'] : ['contributions'];
  return new Promise((resolve, reject) => {
    const tx = idb.transaction(stores, 'readwrite', { durability });
    const entries = tx.objectStore('contributions');
    for (const row of part.contributions) entries.add(row);
    if (part.bodies.length) {
      const bodies = tx.objectStore('bodies');
      for (const row of part.bodies) bodies.add(row);
    }
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error);
  });
}

/** Adds `rows` as `variant` says into a fresh database and returns the ms it took (the database is then deleted). */
export async function writeFloor(rows: Row[], variant: WriteVariant): Promise<number> {
  const name = 'contribution-tracker-bench-floor';
  const idb = await open(name, variant);
  const { contributions, bodies } = records(rows, variant);
  const parts = variant.transactions ?? 1;
  const per = Math.ceil(contributions.length / parts);
  const start = performance.now();
  for (let i = 0; i < parts; i += 1) {
    await write(idb, { contributions: contributions.slice(i * per, (i + 1) * per), bodies: bodies.slice(i * per, (i + 1) * per) }, variant.durability ?? 'default');
  }
  const ms = performance.now() - start;
  idb.close();
  await request(indexedDB.deleteDatabase(name));
  return ms;
}
