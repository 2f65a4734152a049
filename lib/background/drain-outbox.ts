import { z } from 'zod';
import { OUTBOX_PREFIX, SEND_TIMEOUT_MS, type OutboxItem, type OutboxStorage } from '../capture/outbox';
import type { TrackerDb } from '../db/database';
import { saveDraft } from '../db/contributions';
import type { WriteReporter } from '../db/write-problems';
import { OutboxItemSchema } from '../schema/outbox';

export interface DrainReport {
  stored: number;
  refused: { captureId: string; error: string }[];
  kept: number;
}

export interface DrainOptions {
  now?: () => Date;
  /**
   * Leaves alone items whose first delivery may still be under way (never attempted, queued less than
   * a send timeout ago): their page shows the outcome when its answer comes. Off at browser start.
   */
  skipInFlight?: boolean;
  /** Told whether each store worked, so a full disk shows in the popup and on the badge. */
  writes?: WriteReporter;
}

/**
 * Stores the captures waiting in the outbox, in one place for every tab: when a page asks (it had
 * items that did not get through), when the browser starts with items left from the last session, and
 * after an update orphaned the pages that queued them. Captures are idempotent (canonical URL), so a
 * page delivering the same item at the same moment never makes a second entry.
 */
export async function drainOutbox(storage: OutboxStorage, db: TrackerDb, { now = () => new Date(), skipInFlight = false, writes }: DrainOptions = {}): Promise<DrainReport> {
  const report: DrainReport = { stored: 0, refused: [], kept: 0 };
  const all = await storage.get(null);
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(OUTBOX_PREFIX)) continue;
    const item = value as Partial<OutboxItem> | null;
    if (skipInFlight && item?.attempts === 0 && typeof item.queuedAt === 'number' && now().getTime() - item.queuedAt < SEND_TIMEOUT_MS) continue;
    // The draft decides; an item missing its date or count is still stored (dated now).
    const draft = OutboxItemSchema.shape.draft.safeParse(item?.draft);
    if (!draft.success) {
      // The page that queued it would refuse it too: nothing could ever store it.
      report.refused.push({ captureId: key.slice(OUTBOX_PREFIX.length), error: z.prettifyError(draft.error) });
      await storage.remove(key);
      continue;
    }
    // The capture happened when it was queued, not now.
    const queuedAt = typeof item?.queuedAt === 'number' && item.queuedAt <= now().getTime() ? new Date(item.queuedAt) : now();
    try {
      await saveDraft(db, draft.data, queuedAt);
      await writes?.stored();
    } catch (error) {
      await writes?.failed(error);
      report.kept += 1; // storage full or closing: the next start or page load tries again
      continue;
    }
    await storage.remove(key);
    report.stored += 1;
  }
  return report;
}

/**
 * One pass at a time. A request while a pass runs gets the next pass, which starts when the current
 * one ends (it may have read the outbox before the requester's items were there); every request made
 * meanwhile shares that next pass.
 */
export function singleFlight<T>(run: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | undefined;
  let next: Promise<T> | undefined;
  const start = () => (running = run().finally(() => (running = undefined)));
  return () => {
    if (!running) return start();
    next ??= running
      .catch(() => undefined)
      .then(() => {
        next = undefined;
        return start();
      });
    return next;
  };
}
