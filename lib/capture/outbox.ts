import type { Draft } from '../schema/contribution';
import type { ReplyOf } from '../schema/messages';
import type { OutboxItem } from '../schema/outbox';
import { t } from '../i18n';
import { boundDraft } from './bounded';

/** One pending capture; each has its own storage key so tabs never overwrite each other's items. */
export type { OutboxItem };

export interface OutboxStorage {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** The background's answer to one capture. */
type Reply = ReplyOf<'captureContribution'>;

export type Send = (item: OutboxItem) => Promise<Reply>;

/** Storage key prefix of pending captures; the background drains them too (lib/background/drain-outbox.ts). */
export const OUTBOX_PREFIX = 'outbox:';
const PREFIX = OUTBOX_PREFIX;

/** A background that never answers (a worker frozen mid-write) must not hold the outbox forever. */
export const SEND_TIMEOUT_MS = 15_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => (timer = setTimeout(resolve, ms, undefined)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Added to the reason when the capture could not be queued either: only this tab holds it now. */
export const heldInTab = () => t('outboxHeldInTab');

const contextGone = (error: unknown) => error instanceof Error && /context invalidated/i.test(error.message);

export interface OutboxOptions {
  /**
   * Asks the background to store everything pending, every tab's items in one pass
   * (retryPendingCaptures): N open tabs retrying M items cost N nudges, not N×M captures.
   */
  retryPending: () => Promise<unknown>;
  sendTimeoutMs?: number;
}

/**
 * Written before sending, removed only on the background's answer. A reply that says "retry" (or no
 * reply at all) leaves the item for the next flush; a definite refusal is reported and removed.
 */
export function createOutbox(
  storage: OutboxStorage,
  send: Send,
  onRefused: (item: OutboxItem, error: string) => void,
  { retryPending, sendTimeoutMs = SEND_TIMEOUT_MS }: OutboxOptions,
) {
  let flushing: Promise<void> | undefined;
  /** Captures storage.local refused to queue (quota, full disk): held in this page and retried from here. */
  const held = new Map<string, OutboxItem>();

  /** Sends a held capture; it leaves the page only on a definite answer. */
  function sendHeld(item: OutboxItem): Promise<Reply | undefined> {
    const sent = Promise.resolve()
      .then(() => send(item))
      .then(
        (reply) => {
          if (reply.ok || !reply.retry) held.delete(item.captureId);
          if (!reply.ok && !reply.retry) onRefused(item, reply.error);
          return reply;
        },
        () => undefined,
      );
    return withTimeout(sent, sendTimeoutMs);
  }

  async function settle(item: OutboxItem, reply: Reply | undefined): Promise<Reply | undefined> {
    const key = PREFIX + item.captureId;
    if (reply?.ok) {
      await storage.remove(key);
    } else if (reply && !reply.retry) {
      await storage.remove(key);
      onRefused(item, reply.error);
    } else if ((await storage.get(key))[key]) {
      // Count the attempt only if nothing else (the background's retry pass) settled the item meanwhile:
      // rewriting it would bring back a capture the user may already have undone.
      await storage.set({ [key]: { ...item, attempts: item.attempts + 1 } });
    }
    return reply;
  }

  /** Undefined when the background did not answer in time; a late answer still settles the item. */
  function deliver(item: OutboxItem): Promise<Reply | undefined> {
    const settled = Promise.resolve()
      .then(() => send(item))
      .then(
        (reply) => settle(item, reply),
        () => settle(item, undefined), // worker asleep or restarting: keep the item
      );
    return withTimeout(settled, sendTimeoutMs);
  }

  async function pending(): Promise<OutboxItem[]> {
    const all = await storage.get(null);
    return Object.entries(all)
      .filter(([key]) => key.startsWith(PREFIX))
      .map(([, value]) => value as OutboxItem)
      .sort((a, b) => a.queuedAt - b.queuedAt);
  }

  /**
   * Writes a capture to the outbox and starts its delivery. Resolves once the capture is written (or,
   * storage refusing, held in this page), so the next capture need not wait for this one's answer.
   */
  async function add(draft: Draft, captureId: string = crypto.randomUUID()): Promise<{ reply: Promise<Reply | undefined> }> {
    const item: OutboxItem = { captureId, draft: boundDraft(draft), queuedAt: Date.now(), attempts: 0 };
    try {
      await storage.set({ [PREFIX + captureId]: item });
    } catch (error) {
      if (contextGone(error)) throw error;
      // Not queued, but never dropped: send it anyway and keep it here until it is stored.
      held.set(captureId, item);
      const reply = sendHeld(item).then((answer): Reply =>
        answer?.ok || (answer && !answer.retry) ? answer : { ok: false, retry: true, error: `${answer?.error ?? t('outboxNoAnswer')} ${heldInTab()}` },
      );
      return { reply };
    }
    return { reply: deliver(item) };
  }

  return {
    pending,

    add,

    /** Captures only this page holds (storage refused to queue them). */
    held: () => [...held.values()],

    /** Asks the background to retry everything pending, if anything is; concurrent calls share one request. */
    flush(): Promise<void> {
      flushing ??= (async () => {
        try {
          await Promise.all([...held.values()].map(sendHeld));
          if ((await pending()).length === 0) return;
          // An unreachable or frozen worker leaves the items for the next flush.
          await withTimeout(Promise.resolve().then(retryPending), sendTimeoutMs).catch(() => undefined);
        } finally {
          flushing = undefined;
        }
      })();
      return flushing;
    },
  };
}

export type Outbox = ReturnType<typeof createOutbox>;
