import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drainOutbox, singleFlight } from '../../../lib/background/drain-outbox';
import { handleMessage, type HandlerDeps } from '../../../lib/background/handlers';
import { createOutbox, SEND_TIMEOUT_MS, type OutboxItem } from '../../../lib/capture/outbox';
import { findByUrl } from '../../../lib/db/contributions';
import { TrackerDb } from '../../../lib/db/database';
import type { Draft } from '../../../lib/schema/contribution';
import type { Message, ReplyOf } from '../../../lib/schema/messages';
import { memoryStorage } from '../../helpers/memory-storage';

/**
 * What can happen to one message between a tab and the background worker:
 * - ok: delivered and answered;
 * - asleep: the worker is not there to receive it (the browser refuses the send);
 * - lostReply: the worker does the work, then is stopped before it answers;
 * - killedMidWrite: the worker is stopped inside the write (the transaction aborts), no answer;
 * - hangs: the worker freezes and never answers.
 */
const FAULTS = ['ok', 'asleep', 'lostReply', 'killedMidWrite', 'hangs'] as const;
type Fault = (typeof FAULTS)[number];

const SENDER = { id: 'ext', url: 'https://stackoverflow.com/questions/1/q', tab: { id: 1, url: 'https://stackoverflow.com/questions/1/q' } };
const answer = (n: number): Draft => ({
  kind: 'forum-answer',
  platform: 'stack-exchange',
  // Two links to one answer: the outbox items differ, the entry must not.
  url: n % 2 ? `https://stackoverflow.com/a/${Math.floor(n / 2)}` : `https://stackoverflow.com/questions/7/q/${Math.floor(n / 2)}#${Math.floor(n / 2)}`,
  title: `Answer ${Math.floor(n / 2)}`,
  own: true,
  source: 'one-click',
});
const entryUrl = (n: number) => `https://stackoverflow.com/a/${Math.floor(n / 2)}`;

let dbCount = 0;

/**
 * browser.storage.local shared by every tab and the worker, which checks the outbox's promise each
 * time an item leaves it: only once its capture is stored.
 */
function sharedStorage(db: TrackerDb) {
  const storage = memoryStorage();
  const violations: string[] = [];
  const remove = storage.remove.bind(storage);
  storage.remove = async (keys) => {
    const leaving = [keys].flat().flatMap((key) => (storage.data.get(key) as OutboxItem | undefined) ?? []);
    await remove(keys);
    for (const item of leaving) if (!(await findByUrl(db, item.draft.url))) violations.push(item.draft.url);
  };
  return { storage, violations };
}

/** The background as the tabs see it: the real handler, database and outbox drain behind a transport that fails as scheduled. */
function faultyBackground(faults: readonly Fault[]) {
  const db = new TrackerDb(`outbox-faults-${++dbCount}`);
  const { storage, violations } = sharedStorage(db);
  let killWrite = false;
  let healed = false;
  // After heal() the stopped worker is gone: its fate must not leak into the new one's writes.
  const abortWrite = () => {
    if (killWrite && !healed) throw new Error('worker stopped during the transaction');
  };
  db.contributions.hook('creating', abortWrite);
  db.contributions.hook('updating', abortWrite);
  let call = 0;
  let clockSkew = 0;
  const deps: HandlerDeps = {
    db,
    extensionId: 'ext',
    extensionOrigin: 'chrome-extension://ext/',
    pageActions: () => ({ extractActiveTab: async () => undefined }),
    retryPending: singleFlight(() => drainOutbox(storage, db, { skipInFlight: true, now: () => new Date(Date.now() + clockSkew) })),
  };

  async function deliver<T extends Message['type']>(message: Message & { type: T }): Promise<ReplyOf<T>> {
    const fault = healed ? 'ok' : (faults[call++ % faults.length] ?? 'ok');
    switch (fault) {
      case 'asleep':
        throw new Error('Could not establish connection. Receiving end does not exist.');
      case 'hangs':
        return new Promise<ReplyOf<T>>(() => undefined);
      case 'killedMidWrite':
        killWrite = true;
        try {
          await handleMessage(message, SENDER, deps);
        } finally {
          killWrite = false;
        }
        throw new Error('The message port closed before a response was received.');
      case 'lostReply':
        await handleMessage(message, SENDER, deps);
        throw new Error('The message port closed before a response was received.');
      case 'ok':
        return handleMessage(message, SENDER, deps) as Promise<ReplyOf<T>>;
    }
  }

  return {
    db,
    storage,
    violations,
    send: (item: OutboxItem) => deliver({ type: 'captureContribution', captureId: item.captureId, draft: item.draft }),
    retryPending: () => deliver({ type: 'retryPendingCaptures' }),
    /** The worker works again, and long enough has passed for any first delivery to have ended. */
    heal() {
      healed = true;
      clockSkew = SEND_TIMEOUT_MS + 1;
    },
  };
}

describe('outbox and background under faults', () => {
  it('stores every capture exactly once, and an item leaves the outbox only once stored, whatever fails when', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...FAULTS), { minLength: 1, maxLength: 12 }),
        // Each tab captures some answers; several tabs may capture the same one at once.
        fc.array(fc.array(fc.nat({ max: 7 }), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 3 }),
        fc.nat({ max: 3 }),
        async (faults, tabs, flushes) => {
          const background = faultyBackground(faults);
          const refused: string[] = [];
          // A short send timeout, so a frozen worker ('hangs') costs the test little.
          const outbox = (sendTimeoutMs = 20) => createOutbox(background.storage, background.send, (_item, error) => refused.push(error), { retryPending: background.retryPending, sendTimeoutMs });
          const outboxes = tabs.map(() => outbox());

          await Promise.all(
            tabs.map(async (captures, tab) => {
              for (const n of captures) await (await outboxes[tab]!.add(answer(n))).reply;
            }),
          );
          for (let i = 0; i < flushes; i++) await Promise.all(outboxes.map((tab) => tab.flush()));

          // Later the worker is healthy again: the next page load asks for a retry of what is left.
          background.heal();
          const nextPage = outbox(SEND_TIMEOUT_MS);
          await nextPage.flush();

          const entries = await background.db.contributions.toArray();
          expect(entries.map((entry) => entry.url).sort()).toEqual([...new Set(tabs.flat().map(entryUrl))].sort());
          expect(await nextPage.pending()).toEqual([]);
          expect(background.violations).toEqual([]);
          expect(refused).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
    // Sixty generated runs take about 4 s on a quiet machine; the limit only catches a hang.
  }, 60_000);
});
