import type { Draft } from '../schema/contribution';
import type { Reply } from '../schema/messages';

/** One pending capture; each has its own storage key so tabs never overwrite each other's items. */
export interface OutboxItem {
  captureId: string;
  draft: Draft;
  queuedAt: number;
  attempts: number;
}

export interface OutboxStorage {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export type Send = (item: OutboxItem) => Promise<Reply>;

const PREFIX = 'outbox:';

/**
 * Written before sending, removed only on the background's answer. A reply that says "retry" (or no
 * reply at all) leaves the item for the next flush; a definite refusal is reported and removed.
 */
export function createOutbox(storage: OutboxStorage, send: Send, onRefused: (item: OutboxItem, error: string) => void) {
  let flushing: Promise<void> | undefined;

  async function deliver(item: OutboxItem): Promise<Reply | undefined> {
    let reply: Reply | undefined;
    try {
      reply = await send(item);
    } catch {
      reply = undefined; // worker asleep or restarting: keep the item
    }
    if (reply?.ok) {
      await storage.remove(PREFIX + item.captureId);
    } else if (reply && !reply.retry) {
      await storage.remove(PREFIX + item.captureId);
      onRefused(item, reply.error);
    } else {
      await storage.set({ [PREFIX + item.captureId]: { ...item, attempts: item.attempts + 1 } });
    }
    return reply;
  }

  async function pending(): Promise<OutboxItem[]> {
    const all = await storage.get(null);
    return Object.entries(all)
      .filter(([key]) => key.startsWith(PREFIX))
      .map(([, value]) => value as OutboxItem)
      .sort((a, b) => a.queuedAt - b.queuedAt);
  }

  return {
    pending,

    /** Queues a capture and tries to deliver it at once. */
    async add(draft: Draft, captureId: string = crypto.randomUUID()): Promise<Reply | undefined> {
      const item: OutboxItem = { captureId, draft, queuedAt: Date.now(), attempts: 0 };
      await storage.set({ [PREFIX + captureId]: item });
      return deliver(item);
    },

    /** Retries everything pending; concurrent calls share one pass. */
    flush(): Promise<void> {
      flushing ??= (async () => {
        try {
          for (const item of await pending()) await deliver(item);
        } finally {
          flushing = undefined;
        }
      })();
      return flushing;
    },
  };
}

export type Outbox = ReturnType<typeof createOutbox>;
