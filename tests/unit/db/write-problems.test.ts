import Dexie from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { watchBadge } from '../../../lib/badge';
import { drainOutbox } from '../../../lib/background/drain-outbox';
import { handleMessage } from '../../../lib/background/handlers';
import { TrackerDb } from '../../../lib/db/database';
import { WRITE_PROBLEM_KEY, currentWriteProblem, writeProblemSource, writeReporter } from '../../../lib/db/write-problems';
import { memoryStorage } from '../../helpers/memory-storage';

const QUESTION = 'https://stackoverflow.com/questions/52742612/how-to-print';
const SENDER = { id: 'ext', url: QUESTION, tab: { id: 1, url: QUESTION } };
const draft = { kind: 'forum-answer', platform: 'stack-exchange', url: 'https://stackoverflow.com/a/52742770', title: 'T', own: true, source: 'one-click' } as const;
const quota = () => new Dexie.AbortError('Transaction aborted', new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
let n = 0;

function fullDisk() {
  const db = new TrackerDb(`write-problems-${++n}`);
  const full = vi.spyOn(db, 'transaction').mockRejectedValue(quota());
  return { db, makeRoom: () => full.mockRestore() };
}

describe('a refused write is remembered until one works', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is recorded when a capture cannot be stored and cleared by the next one that is', async () => {
    const { db, makeRoom } = fullDisk();
    const writes = writeReporter(fakeBrowser.storage.session, () => new Date('2026-12-04T19:00:00.000Z'));
    const deps = { db, extensionId: 'ext', extensionOrigin: 'chrome-extension://ext/', pageActions: () => ({ extractActiveTab: async () => undefined }), writes };
    const capture = () => handleMessage({ type: 'captureContribution', captureId: 'c1', draft }, SENDER, deps);
    expect(await capture()).toMatchObject({ ok: false, retry: true });
    expect(await currentWriteProblem(fakeBrowser.storage.session)).toMatchObject({ kind: 'quota', message: expect.stringMatching(/no room left/), at: '2026-12-04T19:00:00.000Z' });
    makeRoom();
    expect(await capture()).toMatchObject({ ok: true });
    expect(await fakeBrowser.storage.session.get(WRITE_PROBLEM_KEY)).toEqual({});
  });

  it('is recorded by the outbox drain too, which keeps the capture queued', async () => {
    const { db, makeRoom } = fullDisk();
    const writes = writeReporter(fakeBrowser.storage.session);
    const storage = memoryStorage({ 'outbox:c1': { captureId: 'c1', draft, queuedAt: Date.now() - 60_000, attempts: 1 } });
    expect(await drainOutbox(storage, db, { writes })).toMatchObject({ stored: 0, kept: 1 });
    expect(await currentWriteProblem(fakeBrowser.storage.session)).toMatchObject({ kind: 'quota' });
    expect(storage.data.has('outbox:c1')).toBe(true);
    makeRoom();
    expect(await drainOutbox(storage, db, { writes })).toMatchObject({ stored: 1, kept: 0 });
    expect(await currentWriteProblem(fakeBrowser.storage.session)).toBeUndefined();
  });

  it('never throws from the report itself', async () => {
    const broken = { get: vi.fn().mockRejectedValue(new Error('gone')), set: vi.fn().mockRejectedValue(new Error('gone')), remove: vi.fn() };
    await expect(writeReporter(broken).failed(quota())).resolves.toBeUndefined();
    await expect(writeReporter(broken).stored()).resolves.toBeUndefined();
  });
});

describe('the badge while a write is refused', () => {
  beforeEach(() => fakeBrowser.reset());

  it('shows "!" in red with the reason as its tooltip, and the count again once a write works', async () => {
    const db = new TrackerDb(`write-problems-badge-${++n}`);
    const api = { setBadgeText: vi.fn(), setBadgeBackgroundColor: vi.fn(), setTitle: vi.fn() };
    const stop = watchBadge(db, api, () => new Date('2026-11-22T10:00:00.000Z'), 20, writeProblemSource(fakeBrowser.storage.session, fakeBrowser.storage.onChanged));
    await vi.waitFor(() => expect(api.setBadgeText).toHaveBeenLastCalledWith({ text: '' }));
    const writes = writeReporter(fakeBrowser.storage.session);
    await writes.failed(quota());
    await vi.waitFor(() => expect(api.setBadgeText).toHaveBeenLastCalledWith({ text: '!' }));
    expect(api.setBadgeBackgroundColor).toHaveBeenLastCalledWith({ color: '#b3261e' });
    expect(api.setTitle).toHaveBeenLastCalledWith({ title: expect.stringMatching(/^Not stored: Your browser has no room left/) });
    await writes.stored();
    await vi.waitFor(() => expect(api.setBadgeText).toHaveBeenLastCalledWith({ text: '' }));
    expect(api.setTitle).toHaveBeenLastCalledWith({ title: 'Contribution Tracker' });
    stop();
  });
});
