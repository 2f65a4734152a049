/**
 * Runs inside an extension page (it is bundled by bench/probe/bundle.ts and evaluated there), so the
 * database work is measured in Chromium's IndexedDB, through the same code the extension uses.
 */
import { TrackerDb } from '../../lib/db/database';
import { listYear } from '../../lib/db/contributions';
import { filteredIds, summarize } from '../../lib/db/queries';
import { makeEntries } from '../dataset';

const db = new TrackerDb();

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

const yearRange = (year: number) => ({ from: `${year}-01-01T00:00:00.000Z`, to: `${year + 1}-01-01T00:00:00.000Z` });

export const probe = {
  /** Seeds through Dexie's bulkAdd in chunks, so 50,000 entries never sit in memory twice. */
  async seed(count: number, fromIso: string, toIso: string): Promise<number> {
    const entries = makeEntries({ count, from: new Date(fromIso), to: new Date(toIso) });
    return timed(async () => {
      for (let start = 0; start < entries.length; start += 5_000) {
        await db.contributions.bulkAdd(entries.slice(start, start + 5_000));
      }
    });
  },

  count: () => db.contributions.count(),

  /** The popup's query: the year's entries, newest first. Returns [ms, rows]. */
  async yearQuery(year: number): Promise<[number, number]> {
    let rows = 0;
    const ms = await timed(async () => {
      rows = (await listYear(db, year)).length;
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

  /** The review's filtered list: ids newest first, optionally narrowed by words. Returns [ms, ids]. */
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
