import { liveQuery } from 'dexie';
import type { TrackerDb } from './db/database';

/** The part of browser.action (browserAction in Firefox MV2) the badge uses. */
export interface BadgeApi {
  setBadgeText(details: { text: string }): unknown;
  setBadgeBackgroundColor(details: { color: string }): unknown;
}

/** A count that fits the badge's four characters: 999, 1.2k, 12k. Nothing when zero. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  if (count < 1000) return String(count);
  if (count < 10_000) return `${(Math.floor(count / 100) / 10).toString()}k`;
  return `${Math.min(999, Math.floor(count / 1000))}k`;
}

/** The user's own entries in the calendar year (UTC, as the year view counts them). */
export async function countOwnInYear(db: TrackerDb, year: number): Promise<number> {
  // One batch read (getAll) rather than a cursor: own is a boolean, which IndexedDB cannot index.
  const rows = await db.contributions.where('publishedAt').between(`${year}-01-01T00:00:00.000Z`, `${year + 1}-01-01T00:00:00.000Z`, true, false).toArray();
  return rows.reduce((count, entry) => count + (entry.own ? 1 : 0), 0);
}

/**
 * Keeps the toolbar badge on the year's count. The live query re-counts after every write to the
 * year's entries, in this context and (through Dexie's cross-context notifications) in the others.
 */
export function watchBadge(db: TrackerDb, api: BadgeApi, now: () => Date = () => new Date()): () => void {
  // A badge that cannot be drawn (no action API, a closing context) must never break its host.
  const quietly = (call: () => unknown) => void Promise.resolve().then(call).catch(() => undefined);
  quietly(() => api.setBadgeBackgroundColor({ color: '#0b5394' }));
  const subscription = liveQuery(() => countOwnInYear(db, now().getUTCFullYear())).subscribe({
    next: (count) => quietly(() => api.setBadgeText({ text: badgeText(count) })),
    error: () => quietly(() => api.setBadgeText({ text: '' })),
  });
  return () => subscription.unsubscribe();
}
