import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { TrackerDb } from '../../../lib/db/database';
import { FIRST_SCREEN, readFirstScreen } from '../../../lib/db/first-screen';
import { CONTRIBUTIONS, DB_NAME, PUBLISHED_AT, SCHEMA_VERSION } from '../../../lib/db/names';
import { firstRows } from '../../../lib/db/queries';
import { entry } from '../../helpers/entries';

const year = { from: '2026-01-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' };

const stored = async () => (await indexedDB.databases()).filter((database) => database.name === DB_NAME);

afterEach(() => Dexie.delete(DB_NAME));

async function seeded(count: number) {
  const db = new TrackerDb();
  await db.contributions.bulkAdd([
    // Several entries share a date: their order within it must be the index's, as Dexie reads it.
    ...Array.from({ length: count }, (_, i) =>
      entry({ id: `e${String(i).padStart(3, '0')}`, url: `https://stackoverflow.com/a/${i}`, own: i % 3 !== 0, publishedAt: new Date(Date.UTC(2026, 0, 1 + Math.floor(i / 2))).toISOString() }),
    ),
    entry({ id: 'next-year', url: 'https://stackoverflow.com/a/next', publishedAt: year.to }),
    entry({ id: 'last-year', url: 'https://stackoverflow.com/a/last', publishedAt: '2025-12-31T23:59:59.999Z' }),
  ]);
  return db;
}

describe('readFirstScreen', () => {
  it('reads what firstRows reads without a filter, newest first, rows as Dexie returns them', async () => {
    const db = await seeded(30);
    const expected = await firstRows(db, year, {}, FIRST_SCREEN);
    db.close();
    const found = await readFirstScreen(year);
    expect(found).toEqual({ ...year, entries: expected, complete: false });
    expect(found!.entries.map((row) => row.id)).toEqual(['e029', 'e028', 'e027', 'e026', 'e025', 'e024', 'e023', 'e022', 'e021', 'e020', 'e019', 'e018']);
  });

  it('hides the owner key the database stores for its indexes', async () => {
    const db = await seeded(2);
    const raw = await new Promise<Record<string, unknown>>((resolve) => {
      const request = db.backendDB().transaction(CONTRIBUTIONS).objectStore(CONTRIBUTIONS).get('e001');
      request.onsuccess = () => resolve(request.result as Record<string, unknown>);
    });
    expect(raw.ownKey).toBe(1);
    db.close();
    const found = await readFirstScreen(year);
    expect(found!.entries.map((row) => Object.keys(row).includes('ownKey'))).toEqual([false, false]);
  });

  it('says when it read the whole range, and reads an empty year as empty', async () => {
    (await seeded(5)).close();
    expect((await readFirstScreen(year))!.complete).toBe(true);
    expect(await readFirstScreen({ from: '2030-01-01T00:00:00.000Z', to: '2031-01-01T00:00:00.000Z' })).toEqual({ from: '2030-01-01T00:00:00.000Z', to: '2031-01-01T00:00:00.000Z', entries: [], complete: true });
  });

  it('never creates the database: a fresh profile has none until Dexie makes it at its version', async () => {
    expect(await readFirstScreen(year)).toBeUndefined();
    expect(await stored()).toEqual([]);
    const db = new TrackerDb();
    await db.open();
    expect(db.backendDB().version).toBe(SCHEMA_VERSION * 10);
    expect(await db.contributions.count()).toBe(0);
    db.close();
  });

  it('leaves a database of an older version to Dexie’s upgrade, untouched', async () => {
    await new Promise<void>((resolve) => {
      const request = indexedDB.open(DB_NAME, 20);
      request.onupgradeneeded = () => request.result.createObjectStore(CONTRIBUTIONS, { keyPath: 'id' }).createIndex(PUBLISHED_AT, PUBLISHED_AT);
      request.onsuccess = () => (request.result.close(), resolve());
    });
    expect(await readFirstScreen(year)).toBeUndefined();
    expect((await stored()).map((database) => database.version)).toEqual([20]);
  });

  it('does not hold Dexie back: its connection is closed when the read is done', async () => {
    (await seeded(1)).close();
    await readFirstScreen(year);
    // An open connection would block the deletion (and a later upgrade) until it closed.
    let blocked = false;
    await new Promise<void>((resolve) => {
      const request = indexedDB.deleteDatabase(DB_NAME);
      request.onblocked = () => (blocked = true);
      request.onsuccess = () => resolve();
    });
    expect(blocked).toBe(false);
  });
});

describe('the database’s names', () => {
  it('are the ones Dexie’s schema declares, at its newest version', () => {
    const db = new TrackerDb('names-check');
    expect(db.verno).toBe(SCHEMA_VERSION);
    const table = db.tables.find((one) => one.name === CONTRIBUTIONS);
    expect(table?.schema.idxByName[PUBLISHED_AT]?.keyPath).toBe(PUBLISHED_AT);
    expect(new TrackerDb().name).toBe(DB_NAME);
  });
});
