/**
 * Runs inside an extension page (it is bundled by bench/probe/bundle.ts and evaluated there), so the
 * database work is measured in Chromium's IndexedDB, through the same code the extension uses.
 */
import { TrackerDb } from '../../lib/db/database';
import { filteredIds, firstRows, listRange, summarize } from '../../lib/db/queries';
import { backupJson, exportBackup } from '../../lib/export/backup';
import { entriesToCsv } from '../../lib/export/csv';
import { checkBackup, importBackup } from '../../lib/import/backup';
import { makeEntries } from '../dataset';
import { writeFloor, type WriteVariant } from './write-floor';

const db = new TrackerDb();
/** Export and import run on a database of their own, so the 50,000 entries stay as they are. */
const transfer = new TrackerDb('contribution-tracker-bench-transfer');
let backupText = '';
/** Rows the popup's list reads per page (components/EntryList.tsx). */
const FIRST_SCREEN = 50;

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

const yearRange = (year: number) => ({ from: `${year}-01-01T00:00:00.000Z`, to: `${year + 1}-01-01T00:00:00.000Z` });

async function seedInto(target: TrackerDb, count: number, fromIso: string, toIso: string): Promise<number> {
  const entries = makeEntries({ count, from: new Date(fromIso), to: new Date(toIso) });
  return timed(async () => {
    for (let start = 0; start < entries.length; start += 5_000) {
      await target.contributions.bulkAdd(entries.slice(start, start + 5_000));
    }
  });
}

export const probe = {
  /** Seeds through Dexie's bulkAdd, 5,000 entries a call. Returns ms. */
  seed: (count: number, fromIso: string, toIso: string) => seedInto(db, count, fromIso, toIso),

  /** Fills the transfer database that export and import use. */
  seedTransfer: (count: number, fromIso: string, toIso: string) => seedInto(transfer, count, fromIso, toIso),

  /** The dashboard's "Export backup": every entry with its evidence, as the JSON file. Returns [ms, bytes]. */
  async exportJson(): Promise<[number, number]> {
    const ms = await timed(async () => {
      backupText = backupJson(await exportBackup(transfer));
    });
    return [ms, backupText.length];
  },

  /** The dashboard's CSV export (Papa Parse), here of every entry. Returns [ms, bytes]. */
  async exportCsv(): Promise<[number, number]> {
    let bytes = 0;
    const ms = await timed(async () => {
      bytes = entriesToCsv(await transfer.contributions.orderBy('publishedAt').toArray()).length;
    });
    return [ms, bytes];
  },

  /**
   * The dashboard's import of the last exported file into an emptied database (a restore): checked
   * by zod, previewed, written in one transaction. Returns [ms, entries added].
   */
  async importJson(): Promise<[number, number]> {
    if (!backupText) throw new Error('export a backup first');
    await transfer.contributions.clear();
    let added = 0;
    const ms = await timed(async () => {
      const report = await importBackup(transfer, backupText);
      if (report.error || !report.written) throw new Error(`the import failed: ${report.error ?? 'nothing written'}`);
      added = report.added.length;
    });
    return [ms, added];
  },

  /**
   * What IndexedDB alone takes for the import's writes: the same rows added in one transaction on the
   * same schema, without Dexie, checks or counts (the floor under importJson). Returns [ms, rows].
   */
  async importFloor(): Promise<[number, number]> {
    if (!backupText) throw new Error('export a backup first');
    const rows = (JSON.parse(backupText) as { entries: { own: boolean }[] }).entries.map((row) => ({ ...row, ownKey: row.own ? 1 : 0 }));
    await transfer.contributions.clear();
    const idb = transfer.backendDB();
    const ms = await timed(
      () =>
        new Promise<void>((resolve, reject) => {
          const tx = idb.transaction('contributions', 'readwrite');
          const store = tx.objectStore('contributions');
          for (const row of rows) store.add(row);
          tx.oncomplete = () => resolve();
          tx.onabort = () => reject(tx.error);
        }),
    );
    await transfer.contributions.clear();
    return [ms, rows.length];
  },

  /** The import's first step alone: the file parsed and every entry checked by zod. Returns [ms, entries]. */
  async checkFile(): Promise<[number, number]> {
    if (!backupText) throw new Error('export a backup first');
    let entries = 0;
    const ms = await timed(async () => {
      const checked = checkBackup(backupText);
      if ('error' in checked) throw new Error(checked.error);
      entries = checked.entries.length;
    });
    return [ms, entries];
  },

  /**
   * The floor under one variant of the schema or the transaction (write-floor.ts): the last exported
   * file's rows, as the owner key's layer stores them, added with the raw API. Returns [ms, rows].
   */
  async writeFloor(variant: WriteVariant): Promise<[number, number]> {
    if (!backupText) throw new Error('export a backup first');
    const rows = (JSON.parse(backupText) as { entries: { id: string; own: boolean }[] }).entries.map((row) => ({ ...row, ownKey: row.own ? 1 : 0 }));
    return [await writeFloor(rows, variant), rows.length];
  },

  count: () => db.contributions.count(),

  /**
   * The popup's first screen of the year: its newest 50 rows (EntryList reads 50 at a time as they
   * scroll into view) in one backward index read. Checked once against the ids' first page, in this
   * browser's IndexedDB. Returns [ms, rows].
   */
  async yearFirstScreen(year: number): Promise<[number, number]> {
    let rows: { id: string }[] = [];
    const ms = await timed(async () => {
      rows = await firstRows(db, yearRange(year), {}, FIRST_SCREEN);
    });
    const ids = (await filteredIds(db, yearRange(year))).slice(0, FIRST_SCREEN);
    if (rows.map((row) => row.id).join() !== ids.join()) throw new Error('the first screen differs from the first page of the ids');
    return [ms, rows.length];
  },

  /** The year's whole entries, newest first, as the Applications tab and the exports read them. Returns [ms, rows]. */
  async yearRows(year: number): Promise<[number, number]> {
    let rows = 0;
    const ms = await timed(async () => {
      rows = (await listRange(db, yearRange(year))).length;
    });
    return [ms, rows];
  },

  /** The glance's counts (own, others, by kind, by month). Returns [ms, own entries counted]. */
  async yearCounts(year: number): Promise<[number, number]> {
    let own = 0;
    const ms = await timed(async () => {
      own = (await summarize(db, yearRange(year))).own;
    });
    return [ms, own];
  },

  /** The popup's list: the year's ids newest first (rows are then read a page at a time), optionally narrowed by words. Returns [ms, ids]. */
  async yearIds(year: number, search?: string): Promise<[number, number]> {
    let ids = 0;
    const ms = await timed(async () => {
      ids = (await filteredIds(db, yearRange(year), { search })).length;
    });
    return [ms, ids];
  },
};

export type Probe = typeof probe;

(globalThis as unknown as { __ctBench: Probe }).__ctBench = probe;
