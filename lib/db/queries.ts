import type { TrackerDb } from './database';
import type { Contribution, Kind } from '../schema/contribution';
import { KIND_LIST as KINDS } from '../kinds';
import { monthsOf, type DateRange } from './months';
import { countParts } from './tallies';
import { ownKeyOf } from './own-key';

export { monthsOf, type DateRange };

export interface EntryFilter {
  kind?: Kind;
  platform?: string;
  tag?: string;
  own?: boolean;
  /** Entries marked (true) or not marked (false) as submitted to this program. */
  submitted?: { programId: string; value: boolean };
  /** Words to find in the title, thread, excerpt, notes, tags or link; case does not matter. */
  search?: string;
}

export interface Summary {
  /** The user's own entries in the range. */
  own: number;
  /** Entries saved from other people (bookmarks, not contributions). */
  others: number;
  byKind: Partial<Record<Kind, number>>;
  /** Own entries per month, every month of the range, oldest first. */
  byMonth: { month: string; count: number }[];
  /** The newest own entries. */
  latest: Contribution[];
}

const LATEST = 5;

/** The range's entries, newest first. */
export async function listRange(db: TrackerDb, range: DateRange): Promise<Contribution[]> {
  return (await db.contributions.where('publishedAt').between(range.from, range.to, true, false).toArray()).reverse();
}

const OWN = ownKeyOf(true);
const OTHERS = ownKeyOf(false);

/** Own entries in each month of the range (the first and last months cut to the range), from the index. */
function ownPerMonth(db: TrackerDb, range: DateRange, months: string[]): Promise<number[]> {
  const start = (index: number) => (index === 0 ? range.from : `${months[index]}-01T00:00:00.000Z`);
  const end = (index: number) => (index === months.length - 1 ? range.to : `${months[index + 1]}-01T00:00:00.000Z`);
  return Promise.all(months.map((_, index) => db.contributions.where('[ownKey+publishedAt]').between([OWN, start(index)], [OWN, end(index)], true, false).count()));
}

/**
 * Counts for the glance, from the indexes alone: IndexedDB counts a key range without reading a
 * row, and the [ownKey+…] indexes (database version 3) hold own entries by kind and by date. A count
 * still steps through its range, so each own entry is counted twice (by kind, by month) and the
 * total is their sum. Only the few latest entries are read whole.
 */
async function summarizeFromIndexes(db: TrackerDb, range: DateRange): Promise<Summary> {
  const table = db.contributions;
  const months = monthsOf(range);
  return db.transaction('r', table, async () => {
    const [others, kindCounts, monthCounts, latest] = await Promise.all([
      table.where('[ownKey+publishedAt]').between([OTHERS, range.from], [OTHERS, range.to], true, false).count(),
      Promise.all(KINDS.map((kind) => table.where('[ownKey+kind+publishedAt]').between([OWN, kind, range.from], [OWN, kind, range.to], true, false).count())),
      ownPerMonth(db, range, months),
      table.where('[ownKey+publishedAt]').between([OWN, range.from], [OWN, range.to], true, false).reverse().limit(LATEST).toArray(),
    ]);
    const byKind: Summary['byKind'] = {};
    KINDS.forEach((kind, index) => {
      if (kindCounts[index]) byKind[kind] = kindCounts[index];
    });
    const own = kindCounts.reduce((sum, count) => sum + count, 0);
    return { own, others, byKind, byMonth: months.map((month, index) => ({ month, count: monthCounts[index]! })), latest };
  });
}

/** With the list's filter or search: the glance counts what the list shows, read from the rows. */
async function summarizeRows(db: TrackerDb, range: DateRange, filter: EntryFilter): Promise<Summary> {
  const months = new Map(monthsOf(range).map((month) => [month, 0]));
  const summary: Summary = { own: 0, others: 0, byKind: {}, byMonth: [], latest: [] };
  const rows = await db.contributions.where('publishedAt').between(range.from, range.to, true, false).toArray();
  // The list's filter too, so the glance counts what the list shows.
  const test = matches(filter, filter.search?.trim().toLowerCase() || undefined);
  for (let index = rows.length - 1; index >= 0; index -= 1) {
    const entry = rows[index]!;
    if ((filter.kind !== undefined && entry.kind !== filter.kind) || !test(entry)) continue;
    if (!entry.own) {
      summary.others += 1;
      continue;
    }
    summary.own += 1;
    summary.byKind[entry.kind] = (summary.byKind[entry.kind] ?? 0) + 1;
    const month = entry.publishedAt.slice(0, 7);
    months.set(month, (months.get(month) ?? 0) + 1);
    if (summary.latest.length < LATEST) summary.latest.push(entry);
  }
  summary.byMonth = [...months].map(([month, count]) => ({ month, count }));
  return summary;
}

/** Whether the range runs from a month's first instant to another's: the tallies hold it exactly. */
const MONTH_START = /^\d{4}-\d{2}-01T00:00:00\.000Z$/;
const wholeMonths = (range: DateRange) => MONTH_START.test(range.from) && MONTH_START.test(range.to);

/** The range's tallies (database version 4) summed by owner, kind and month: one read of a row per month. */
async function tallied(db: TrackerDb, range: DateRange) {
  const months = monthsOf(range);
  const perMonth = new Map(months.map((month) => [month, 0]));
  const byKind: Summary['byKind'] = {};
  let others = 0;
  for (const { month, counts } of await db.tallies.where('month').between(range.from.slice(0, 7), range.to.slice(0, 7), true, false).toArray()) {
    for (const [key, count] of Object.entries(counts)) {
      const { own, kind } = countParts(key);
      if (!own) others += count;
      else if ((KINDS as readonly string[]).includes(kind)) {
        byKind[kind as Kind] = (byKind[kind as Kind] ?? 0) + count;
        perMonth.set(month, (perMonth.get(month) ?? 0) + count);
      }
    }
  }
  const byMonth = months.map((month) => ({ month, count: perMonth.get(month)! }));
  return { own: byMonth.reduce((sum, month) => sum + month.count, 0), others, byKind, byMonth };
}

/** Counts for the glance while nothing narrows the list: from the tallies, and the few latest entries from the owner index. */
function summarizeFromTallies(db: TrackerDb, range: DateRange): Promise<Summary> {
  const table = db.contributions;
  return db.transaction('r', table, db.tallies, async () => {
    const [counts, latest] = await Promise.all([
      tallied(db, range),
      table.where('[ownKey+publishedAt]').between([OWN, range.from], [OWN, range.to], true, false).reverse().limit(LATEST).toArray(),
    ]);
    return { ...counts, latest };
  });
}

/**
 * Own entries per month and their total, for the glance's year-earlier comparison: the month counts
 * alone when nothing narrows the list (the tallies for whole months, else a dozen index counts).
 */
export async function summarizeMonths(db: TrackerDb, range: DateRange, filter: EntryFilter = {}): Promise<Pick<Summary, 'own' | 'byMonth'>> {
  if (isFiltered(filter)) return summarizeRows(db, range, filter);
  if (wholeMonths(range)) {
    const { own, byMonth } = await db.transaction('r', db.tallies, () => tallied(db, range));
    return { own, byMonth };
  }
  const table = db.contributions;
  const months = monthsOf(range);
  const counts = await db.transaction('r', table, () => ownPerMonth(db, range, months));
  return { own: counts.reduce((sum, count) => sum + count, 0), byMonth: months.map((month, index) => ({ month, count: counts[index]! })) };
}

const isFiltered = (filter: EntryFilter) => Object.values(filter).some((value) => value !== undefined && value !== '');

/**
 * The glance's counts: while nothing narrows the list, from the tallies (a range of whole months) or
 * the indexes alone (a range cut mid-month); else from the rows the list shows.
 */
export function summarize(db: TrackerDb, range: DateRange, filter: EntryFilter = {}): Promise<Summary> {
  if (isFiltered(filter)) return summarizeRows(db, range, filter);
  return wholeMonths(range) ? summarizeFromTallies(db, range) : summarizeFromIndexes(db, range);
}

/** The texts a search looks in; filteredIds and the popup's search index both read them from here. */
export const searchedFields = (entry: Contribution): string[] => [entry.title, entry.contextTitle ?? '', entry.excerpt, entry.notes, entry.url ?? '', ...entry.tags];

function matches(filter: EntryFilter, needle: string | undefined) {
  return (entry: Contribution) =>
    (filter.platform === undefined || entry.platform === filter.platform) &&
    (filter.tag === undefined || entry.tags.includes(filter.tag)) &&
    (filter.own === undefined || entry.own === filter.own) &&
    (filter.submitted === undefined || (entry.programs[filter.submitted.programId]?.status === 'submitted') === filter.submitted.value) &&
    (needle === undefined ||
      searchedFields(entry).some((text) => text.toLowerCase().includes(needle)));
}

/** The narrowest index for the filter's kind, site and owner, and the tests it leaves to the rows. */
function narrowed(db: TrackerDb, range: DateRange, filter: EntryFilter) {
  const table = db.contributions;
  const own = filter.own === undefined ? undefined : filter.own ? OWN : OTHERS;
  if (filter.kind && own !== undefined) {
    return { collection: table.where('[ownKey+kind+publishedAt]').between([own, filter.kind, range.from], [own, filter.kind, range.to], true, false), rest: { ...filter, own: undefined } };
  }
  if (filter.kind) return { collection: table.where('[kind+publishedAt]').between([filter.kind, range.from], [filter.kind, range.to], true, false), rest: filter };
  if (filter.platform) return { collection: table.where('[platform+publishedAt]').between([filter.platform, range.from], [filter.platform, range.to], true, false), rest: { ...filter, platform: undefined } };
  if (own !== undefined) return { collection: table.where('[ownKey+publishedAt]').between([own, range.from], [own, range.to], true, false), rest: { ...filter, own: undefined } };
  return { collection: table.where('publishedAt').between(range.from, range.to, true, false), rest: filter };
}

/** Whether the filter leaves tests that only whole rows can answer. */
const needsRows = (rest: EntryFilter, needle: string | undefined) =>
  rest.platform !== undefined || rest.tag !== undefined || rest.own !== undefined || rest.submitted !== undefined || needle !== undefined;

/**
 * The ids of the range's entries that pass the filter, newest first. Kind, site or owner narrow
 * through their compound index; only the remaining tests read whole rows. Rows are then read a
 * page at a time with `db.contributions.bulkGet`.
 */
export async function filteredIds(db: TrackerDb, range: DateRange, filter: EntryFilter = {}): Promise<string[]> {
  const { collection, rest } = narrowed(db, range, filter);
  const needle = filter.search?.trim().toLowerCase() || undefined;
  // Forward batch reads (getAllKeys, getAll) and a reverse in memory beat a backward cursor.
  if (!needsRows(rest, needle)) return ((await collection.primaryKeys()) as string[]).reverse();
  const test = matches(rest, needle);
  return (await collection.toArray()).filter(test).map((entry) => entry.id).reverse();
}

/**
 * The list's first screen: the newest `limit` entries of what `filteredIds` lists, in its order. While
 * kind, site or owner alone narrow the list, this is one backward index read with a limit (no ids of
 * the whole range first); words, tags or program marks still read the range's rows to test them.
 */
export async function firstRows(db: TrackerDb, range: DateRange, filter: EntryFilter = {}, limit = 50): Promise<Contribution[]> {
  const { collection, rest } = narrowed(db, range, filter);
  const needle = filter.search?.trim().toLowerCase() || undefined;
  if (!needsRows(rest, needle)) return collection.reverse().limit(limit).toArray();
  return (await collection.toArray()).filter(matches(rest, needle)).reverse().slice(0, limit);
}

/** How far a first screen of matches reads (newest first) before it leaves the answer to the whole read, and in what batches. */
export const FIRST_MATCHES = { cap: 2_000, chunk: 400 };

export interface FirstMatches {
  /** The first entries of what `filteredIds` lists, in its order; fewer than asked when the read stopped early. */
  entries: Contribution[];
  /** Every entry of the range was read: `entries` is the whole answer, not just its beginning. */
  complete: boolean;
}

/**
 * The list's first screen for any filter, without reading the whole range: words, tags or program
 * marks are tested on the range's newest rows, read in batches (one getAll each, not a cursor that
 * asks again for every few rows while other reads queue) until `limit` match or `cap` rows are read
 * (a rare word then waits for the whole answer). Each batch goes on from the last row's date: the
 * rows of that date already read come first again (the index orders a date's rows by id), and are
 * skipped. Kind,
 * site or owner alone read as `firstRows` does.
 */
export async function firstMatches(db: TrackerDb, range: DateRange, filter: EntryFilter, limit: number, { cap, chunk } = FIRST_MATCHES): Promise<FirstMatches> {
  const { rest } = narrowed(db, range, filter);
  const needle = filter.search?.trim().toLowerCase() || undefined;
  if (!needsRows(rest, needle)) {
    const entries = await firstRows(db, range, filter, limit);
    return { entries, complete: entries.length < limit };
  }
  const test = matches(rest, needle);
  const entries: Contribution[] = [];
  let last: Contribution | undefined;
  // Rows of the last row's date read so far: the next batch reads them again first, and skips them.
  let again = 0;
  for (let read = 0; read < cap; ) {
    const want = Math.min(chunk, cap - read);
    // The smallest string after the last row's date: the next batch starts at the top of that date.
    const to = last ? `${last.publishedAt}\u0000` : range.to;
    const rows = await narrowed(db, { from: range.from, to }, filter).collection.reverse().limit(want + again).toArray();
    const fresh = rows.slice(again);
    read += fresh.length;
    for (const row of fresh) {
      if (!test(row)) continue;
      entries.push(row);
      if (entries.length === limit) return { entries, complete: false };
    }
    if (rows.length < want + again) return { entries, complete: true };
    last = rows.at(-1)!;
    again = rows.filter((row) => row.publishedAt === last!.publishedAt).length;
  }
  return { entries, complete: false };
}

/** The sites and tags that occur at all, for the filters' choices; read from the indexes only. */
export async function facets(db: TrackerDb): Promise<{ platforms: string[]; tags: string[] }> {
  const [platforms, tags] = await Promise.all([db.contributions.orderBy('platform').uniqueKeys(), db.contributions.orderBy('tags').uniqueKeys()]);
  return { platforms: platforms.map(String), tags: tags.map(String) };
}
