import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { handleMessage } from '../../../lib/background/handlers';
import { createOutbox, type OutboxItem } from '../../../lib/capture/outbox';
import { TrackerDb } from '../../../lib/db/database';
import type { Draft } from '../../../lib/schema/contribution';
import type { Reply } from '../../../lib/schema/messages';
import { memoryStorage } from '../../helpers/memory-storage';

/**
 * What can happen to one message between a tab and the background worker:
 * - ok: delivered and answered;
 * - asleep: the worker is not there to receive it (the browser refuses the send);
 * - lostReply: the worker stores it, then is stopped before it answers;
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

/** The background as the tabs see it: the real handler and database behind a transport that fails as scheduled. */
function faultyBackground(faults: readonly Fault[]) {
  const db = new TrackerDb(`outbox-faults-${++dbCount}`);
  let killWrite = false;
  const abortWrite = () => {
    if (killWrite) throw new Error('worker stopped during the transaction');
  };
  db.contributions.hook('creating', abortWrite);
  db.contributions.hook('updating', abortWrite);
  const acknowledged: string[] = [];
  let call = 0;
  let healed = false;
  const deps = { db, extensionId: 'ext', extensionOrigin: 'chrome-extension://ext/', extractActiveTab: async () => undefined };

  async function send(item: OutboxItem): Promise<Reply> {
    const fault = healed ? 'ok' : (faults[call++ % faults.length] ?? 'ok');
    const message = { type: 'captureContribution', captureId: item.captureId, draft: item.draft };
    switch (fault) {
      case 'asleep':
        throw new Error('Could not establish connection. Receiving end does not exist.');
      case 'hangs':
        return new Promise<Reply>(() => undefined);
      case 'killedMidWrite': {
        killWrite = true;
        try {
          await handleMessage(message, SENDER, deps);
        } finally {
          killWrite = false;
        }
        throw new Error('The message port closed before a response was received.');
      }
      case 'lostReply':
        await handleMessage(message, SENDER, deps);
        throw new Error('The message port closed before a response was received.');
      case 'ok': {
        const reply = await handleMessage(message, SENDER, deps);
        if (reply.ok && reply.id) acknowledged.push(reply.id);
        return reply;
      }
    }
  }
  return { db, send, acknowledged, heal: () => (healed = true) };
}

describe('outbox and background under faults', () => {
  it('stores every capture exactly once and acknowledges only what is stored, whatever fails when', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...FAULTS), { minLength: 1, maxLength: 12 }),
        // Each tab captures some answers; several tabs may capture the same one at once.
        fc.array(fc.array(fc.nat({ max: 7 }), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 3 }),
        fc.nat({ max: 3 }),
        async (faults, tabs, extraFlushes) => {
          const storage = memoryStorage(); // browser.storage.local is shared by every tab
          const background = faultyBackground(faults);
          const refused: string[] = [];
          // A short send timeout, so a frozen worker ('hangs') costs the test little.
          const outboxes = tabs.map(() => createOutbox(storage, background.send, (_item, error) => refused.push(error), 20));

          await Promise.all(
            tabs.map(async (captures, tab) => {
              for (const n of captures) {
                await outboxes[tab]!.add(answer(n));
                // Whatever was acknowledged so far is in the database.
                const stored = await background.db.contributions.bulkGet(background.acknowledged);
                expect(stored.filter((entry) => entry === undefined)).toEqual([]);
              }
            }),
          );
          for (let i = 0; i < extraFlushes; i++) await Promise.all(outboxes.map((outbox) => outbox.flush()));

          // Later the worker is healthy again: the next page load flushes what is left.
          background.heal();
          const nextPage = createOutbox(storage, background.send, (_item, error) => refused.push(error));
          await nextPage.flush();

          const entries = await background.db.contributions.toArray();
          const wanted = new Set(tabs.flat().map(entryUrl));
          expect(entries.map((entry) => entry.url).sort()).toEqual([...wanted].sort());
          expect(new Set(background.acknowledged)).toEqual(new Set(entries.map((entry) => entry.id)));
          expect(await nextPage.pending()).toEqual([]);
          expect(refused).toEqual([]);
          background.db.close();
        },
      ),
      { numRuns: 60 },
    );
  });
});
