import { z } from 'zod';
import { OUTBOX_PREFIX, type OutboxItem, type OutboxStorage } from '../capture/outbox';
import type { TrackerDb } from '../db/database';
import { saveDraft } from '../db/contributions';
import { CaptureDraftSchema } from '../schema/contribution';

export interface DrainReport {
  stored: number;
  refused: { captureId: string; error: string }[];
  kept: number;
}

/**
 * Stores the captures pages left in the outbox: after the browser was closed with items pending, or
 * after an update orphaned the pages that queued them. Without this they would wait for the next
 * visit to a supported site. Captures are idempotent (canonical URL), so a page delivering the same
 * item at the same moment never makes a second entry.
 */
export async function drainOutbox(storage: OutboxStorage, db: TrackerDb, now: () => Date = () => new Date()): Promise<DrainReport> {
  const report: DrainReport = { stored: 0, refused: [], kept: 0 };
  const all = await storage.get(null);
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(OUTBOX_PREFIX)) continue;
    const item = value as Partial<OutboxItem> | null;
    const draft = CaptureDraftSchema.safeParse(item?.draft);
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
    } catch {
      report.kept += 1; // storage full or closing: the next start or page load tries again
      continue;
    }
    await storage.remove(key);
    report.stored += 1;
  }
  return report;
}
