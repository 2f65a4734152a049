import type { TrackerDb } from '../lib/db/database';
import { searchedFields, type DateRange, type EntryFilter } from '../lib/db/queries';
import type { Contribution } from '../lib/schema/contribution';
import { useLive } from './use-live';

/** One entry as a search reads it: its date, and each searched field once in lower case. */
interface Searchable {
  id: string;
  publishedAt: string;
  fields: readonly string[];
}

/** Every entry, newest first (the list's order), ready to search without reading the database. */
export type SearchIndex = readonly Searchable[];

/**
 * Built from the entries in the publishedAt index's order (date, then id), the order filteredIds
 * reads them in, so a search here lists the same ids in the same order, over the same fields.
 */
export function buildSearchIndex(byDate: readonly Contribution[]): SearchIndex {
  const index: Searchable[] = [];
  for (let position = byDate.length - 1; position >= 0; position -= 1) {
    const entry = byDate[position]!;
    const fields = searchedFields(entry).map((text) => text.toLowerCase());
    index.push({ id: entry.id, publishedAt: entry.publishedAt, fields });
  }
  return index;
}

/** No filter but the search is set: the index can answer (other filters read the database's indexes). */
export const onlySearchNarrows = (filter: EntryFilter) => Object.entries(filter).every(([key, value]) => key === 'search' || value === undefined);

/** A filter the index answers: some words to find, and nothing else. */
export const searchOnly = (filter: EntryFilter) => (filter.search ?? '').trim() !== '' && onlySearchNarrows(filter);

/** The ids of the range's entries holding the words (case does not matter), newest first. */
export function searchIndex(index: SearchIndex, range: DateRange, search: string): string[] {
  const needle = search.trim().toLowerCase();
  const ids: string[] = [];
  for (const entry of index) {
    if (entry.publishedAt >= range.from && entry.publishedAt < range.to && entry.fields.some((field) => field.includes(needle))) ids.push(entry.id);
  }
  return ids;
}

/**
 * Entries one read of the index takes. IndexedDB answers a page's reads one after another: one read
 * of 10,000 entries keeps a search's short first-screen read waiting (half a second on CI's machine)
 * and then holds the main thread while it turns them into objects; chunks let it in between.
 */
export const INDEX_CHUNK = 500;

/** Every entry, a chunk at a time in the order of their ids, then by date (a stable sort keeps the ids' order within a date). */
export async function readByDate(db: TrackerDb, chunk = INDEX_CHUNK): Promise<Contribution[]> {
  const all: Contribution[] = [];
  for (let last: string | undefined; ; ) {
    const rows = await (last === undefined ? db.contributions.toCollection() : db.contributions.where(':id').above(last)).limit(chunk).toArray();
    all.push(...rows);
    if (rows.length < chunk) break;
    last = rows.at(-1)!.id;
  }
  return all.sort((a, b) => (a.publishedAt < b.publishedAt ? -1 : a.publishedAt > b.publishedAt ? 1 : 0));
}

/**
 * The index, read once `wanted` and kept current by a live query over every entry (a write anywhere
 * rebuilds it), so a search never lists entries that are gone or misses new ones.
 */
export function useSearchIndex(db: TrackerDb | undefined, wanted: boolean): SearchIndex | undefined {
  return useLive(db, async (db) => (wanted ? buildSearchIndex(await readByDate(db)) : undefined), [wanted]);
}
