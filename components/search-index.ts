import { useLiveQuery } from 'dexie-react-hooks';
import type { TrackerDb } from '../lib/db/database';
import type { DateRange, EntryFilter } from '../lib/db/queries';
import type { Contribution } from '../lib/schema/contribution';

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
 * reads them in, so a search here lists the same ids in the same order. The fields are those
 * filteredIds searches: title, thread, excerpt, notes, link and tags.
 */
export function buildSearchIndex(byDate: readonly Contribution[]): SearchIndex {
  const index: Searchable[] = [];
  for (let position = byDate.length - 1; position >= 0; position -= 1) {
    const entry = byDate[position]!;
    const fields = [entry.title, entry.contextTitle ?? '', entry.excerpt, entry.notes, entry.url ?? '', ...entry.tags].map((text) => text.toLowerCase());
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
 * The index, read once `wanted` and kept current by a live query over every entry (a write anywhere
 * rebuilds it), so a search never lists entries that are gone or misses new ones.
 */
export function useSearchIndex(db: TrackerDb, wanted: boolean): SearchIndex | undefined {
  return useLiveQuery(async () => (wanted ? buildSearchIndex(await db.contributions.orderBy('publishedAt').toArray()) : undefined), [db, wanted]);
}
