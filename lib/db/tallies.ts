import type { DBCore, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';

/**
 * How many entries each month holds, per owner and kind, kept in a small table of its own (a row a
 * month) so the glance reads a year's counts as twelve small rows instead of counting index ranges
 * over thousands of keys. This middleware is the one place that keeps it: every add, put,
 * delete and range delete of an entry changes its tallies in the same transaction, so a rollback
 * rolls them back too, whatever code wrote the entry (database version 4 builds them once).
 */
export const TALLIES = 'tallies';
const CONTRIBUTIONS = 'contributions';

export interface Tally {
  /** `YYYY-MM`. */
  month: string;
  /** Entries per `own|kind`, own being 1 or 0; a count never stored as zero. */
  counts: Record<string, number>;
}

interface Counted {
  own?: unknown;
  kind: string;
  publishedAt: string;
}

const FIRST = '-01T00:00:00.000Z';

/**
 * The month whose range of the date index holds the entry. A date such as 2026-02-01T00:00:00+01:00
 * sorts before February's first instant (string order), so it counts in January, as the index does.
 */
export function monthOf(publishedAt: string): string {
  const month = publishedAt.slice(0, 7);
  if (publishedAt >= `${month}${FIRST}`) return month;
  const [year, number] = month.split('-').map(Number) as [number, number];
  return number === 1 ? `${year - 1}-12` : `${year}-${String(number - 1).padStart(2, '0')}`;
}

/** `YYYY-MM|own|kind`: the month's row, then the count in it. */
const tallyKey = (entry: Counted) => `${monthOf(entry.publishedAt)}|${entry.own ? 1 : 0}|${entry.kind}`;
const monthPart = (key: string) => key.slice(0, 7);
const countPart = (key: string) => key.slice(8);

/** The owner and kind a month's count is for. */
export function countParts(key: string): { own: boolean; kind: string } {
  return { own: key.startsWith('1|'), kind: key.slice(2) };
}

/** Changes per tally key, applied to the months' rows (read before); rows left without counts are gone. */
function applied(rows: Map<string, Tally>, changes: Map<string, number>): Tally[] {
  for (const [key, change] of changes) {
    const month = monthPart(key);
    const row = rows.get(month) ?? { month, counts: {} };
    const count = (row.counts[countPart(key)] ?? 0) + change;
    if (count > 0) row.counts[countPart(key)] = count;
    else delete row.counts[countPart(key)];
    rows.set(month, row);
  }
  return [...rows.values()];
}

/** The tallies of a whole list of entries, as the upgrade builds them. */
export function talliesOf(entries: readonly Counted[]): Tally[] {
  const changes = new Map<string, number>();
  for (const entry of entries) changes.set(tallyKey(entry), (changes.get(tallyKey(entry)) ?? 0) + 1);
  return applied(new Map(), changes);
}

/*
 * No async/await below: the layers beneath read Dexie's transaction zone, which only its own
 * promises' then() carries across a wait.
 */

/** The entries a write replaces or removes, by position, read before it runs. */
function before(table: DBCoreTable, req: DBCoreMutateRequest): Promise<{ keys: unknown[]; rows: (Counted | undefined)[] }> {
  const { trans } = req;
  if (req.type === 'deleteRange') {
    return table.query({ trans, values: true, query: { index: table.schema.primaryKey, range: req.range } }).then(({ result }) => ({
      keys: result.map((row) => table.schema.primaryKey.extractKey!(row)),
      rows: result as Counted[],
    }));
  }
  const keys = req.type === 'delete' ? req.keys : (req.keys ?? req.values.map((value) => table.schema.primaryKey.extractKey!(value)));
  // An add fails where the key exists, so it replaces nothing.
  return req.type === 'add' ? Promise.resolve({ keys, rows: [] }) : table.getMany({ trans, keys }).then((rows) => ({ keys, rows }));
}

/** Each tally's change: minus what a written key held before, plus what it holds after. */
function changesOf(req: DBCoreMutateRequest, keys: unknown[], rows: (Counted | undefined)[], failures: Record<number, Error>): Map<string, number> {
  const changes = new Map<string, number>();
  const change = (entry: Counted | undefined, by: number) => {
    if (entry) changes.set(tallyKey(entry), (changes.get(tallyKey(entry)) ?? 0) + by);
  };
  // What each key holds as the writes apply in order (a list may name a key twice).
  const now = new Map<unknown, Counted | undefined>();
  keys.forEach((key, index) => {
    if (!now.has(key)) now.set(key, rows[index]);
  });
  keys.forEach((key, index) => {
    if (req.type !== 'deleteRange' && failures[index]) return;
    const next = req.type === 'add' || req.type === 'put' ? (req.values[index] as Counted) : undefined;
    change(now.get(key), -1);
    change(next, +1);
    now.set(key, next);
  });
  return changes;
}

function store(tallies: DBCoreTable, trans: DBCoreTransaction, changes: Map<string, number>): Promise<unknown> {
  const months = [...new Set([...changes].filter(([, change]) => change !== 0).map(([key]) => monthPart(key)))];
  if (months.length === 0) return Promise.resolve();
  return tallies.getMany({ trans, keys: months }).then((current: (Tally | undefined)[]) => {
    const rows = applied(new Map(current.flatMap((row) => (row ? [[row.month, row] as const] : []))), changes);
    const kept = rows.filter((row) => Object.keys(row.counts).length > 0);
    const gone = rows.filter((row) => Object.keys(row.counts).length === 0).map((row) => row.month);
    return (kept.length ? tallies.mutate({ type: 'put', trans, values: kept }) : Promise.resolve()).then(() =>
      gone.length ? tallies.mutate({ type: 'delete', trans, keys: gone }) : undefined,
    );
  });
}

const hasTallies = (trans: DBCoreTransaction) => (trans as unknown as IDBTransaction).objectStoreNames.contains(TALLIES);

function talliedTable(table: DBCoreTable, tallies: () => DBCoreTable): DBCoreTable {
  return {
    ...table,
    mutate: (req) =>
      // An upgrade from before version 4 writes entries before the table exists; version 4 counts them all.
      hasTallies(req.trans)
        ? before(table, req).then(({ keys, rows }) =>
            table.mutate(req).then((result) => store(tallies(), req.trans, changesOf(req, keys, rows, result.failures)).then(() => result)),
          )
        : table.mutate(req),
  };
}

export const talliesMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'Tallies',
  create: (down) => {
    const present = down.schema.tables.some((table) => table.name === TALLIES);
    return {
      ...down,
      // A write to the entries always writes their tallies, so it takes their table along.
      transaction: (stores, mode, options) =>
        down.transaction(present && mode === 'readwrite' && stores.includes(CONTRIBUTIONS) && !stores.includes(TALLIES) ? [...stores, TALLIES] : stores, mode, options),
      table: (name) => (name === CONTRIBUTIONS ? talliedTable(down.table(name), () => down.table(TALLIES)) : down.table(name)),
    };
  },
};
