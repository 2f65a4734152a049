import { z } from 'zod';
import { CaptureDraftSchema } from './contribution';
import './jitless';

/**
 * One pending capture in storage.local (`outbox:<captureId>`), written by a page's content script and
 * read back by the background's drain (lib/background/drain-outbox.ts). The content script imports
 * the type only; the drain checks what it reads, since any page's script of ours may have written it.
 */
export const OutboxItemSchema = z.object({
  /** The same id on every retry, so the background stores the capture once. */
  captureId: z.string().min(1).max(100),
  draft: CaptureDraftSchema,
  /** When the capture happened (ms since the epoch): the entry's capture date, however late it is stored. */
  queuedAt: z.number(),
  attempts: z.number().int().nonnegative(),
});
export type OutboxItem = z.input<typeof OutboxItemSchema>;
