import Dexie, { type ObservabilitySet } from 'dexie';
import type { TrackerDb } from './db/database';
import { ownKeyOf } from './db/own-key';

/** The part of browser.action (browserAction in Firefox MV2) the badge uses. */
export interface BadgeApi {
  setBadgeText(details: { text: string }): unknown;
  setBadgeBackgroundColor(details: { color: string }): unknown;
  setTitle?(details: { title: string }): unknown;
}

/** A write the extension could not make (lib/db/write-problems.ts): while it stands the badge says "!". */
export interface ProblemSource {
  current(): Promise<{ message: string; action: string } | undefined>;
  /** Calls back when the problem appears or clears; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

const COUNT_COLOR = '#0b5394';
const PROBLEM_COLOR = '#b3261e';
export const BADGE_TITLE = 'Contribution Tracker';

/** A count that fits the badge's four characters: 999, 1.2k, 12k. Nothing when zero. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  if (count < 1000) return String(count);
  if (count < 10_000) return `${(Math.floor(count / 100) / 10).toString()}k`;
  return `${Math.min(999, Math.floor(count / 1000))}k`;
}

/** The user's own entries in the calendar year (UTC, as the year view counts them). */
export function countOwnInYear(db: TrackerDb, year: number): Promise<number> {
  // An index count reads no rows: the popup counts while the user may be searching, and reading the
  // year's rows (10,000 in a busy year) held the search's reads back behind it.
  const own = ownKeyOf(true);
  return db.contributions.where('[ownKey+publishedAt]').between([own, `${year}-01-01T00:00:00.000Z`], [own, `${year + 1}-01-01T00:00:00.000Z`], true, false).count();
}

/** Writes come in bursts (an import, an outbox drained after a restart): count once per burst. */
export const BADGE_DELAY_MS = 300;

/**
 * Keeps the toolbar badge on the year's count. Dexie announces every write to the entries, from this
 * context and the others (popup, dashboard); the count is redone once the writes pause, so a burst
 * of captures costs one count, not one per capture.
 */
export function watchBadge(db: TrackerDb, api: BadgeApi, now: () => Date = () => new Date(), delayMs = BADGE_DELAY_MS, problems?: ProblemSource): () => void {
  // A badge that cannot be drawn (no action API, a closing context) must never break its host.
  const quietly = (call: () => unknown) => void Promise.resolve().then(call).catch(() => undefined);
  const refresh = () =>
    quietly(async () => {
      // A failed write outranks the count: the user must see that captures wait, not a number.
      const problem = await problems?.current().catch(() => undefined);
      api.setBadgeBackgroundColor({ color: problem ? PROBLEM_COLOR : COUNT_COLOR });
      if (problems) api.setTitle?.({ title: problem ? `Not stored: ${problem.message} ${problem.action}` : BADGE_TITLE });
      api.setBadgeText({ text: problem ? '!' : badgeText(await countOwnInYear(db, now().getUTCFullYear())) });
    });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const prefix = `idb://${db.name}/contributions/`;
  const onMutated = (parts: ObservabilitySet) => {
    if (timer !== undefined || !Object.keys(parts).some((part) => part.startsWith(prefix))) return;
    timer = setTimeout(() => {
      timer = undefined;
      refresh();
    }, delayMs);
  };
  refresh();
  Dexie.on('storagemutated', onMutated);
  const unsubscribe = problems?.subscribe(refresh);
  return () => {
    unsubscribe?.();
    Dexie.on.storagemutated.unsubscribe(onMutated);
    clearTimeout(timer);
  };
}
