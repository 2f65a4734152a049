import Dexie from 'dexie';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import stackExchange from '../../../lib/adapters/stack-exchange';
import { handleMessage } from '../../../lib/background/handlers';
import { createOutbox, heldInTab } from '../../../lib/capture/outbox';
import { INJECTED_ATTR } from '../../../lib/capture/save-buttons';
import { TrackerDb } from '../../../lib/db/database';
import { captureOn } from '../../helpers/capture-page';
import { FIXTURES_DIR, loadDocument } from '../../helpers/fixtures';
import { memoryStorage } from '../../helpers/memory-storage';
import { keepShadowRoots } from '../../helpers/closed-roots';

const QUESTION = 'https://stackoverflow.com/questions/52742612/how-to-print-the-stack-trace-of-an-exception-object-in-python';
const SENDER = { id: 'ext', url: QUESTION, tab: { id: 1, url: QUESTION } };

describe('a full disk while capturing', () => {
  it('keeps the capture and tells the user, on the page, what is wrong and what to do', async () => {
    const rootOf = keepShadowRoots();
    const db = new TrackerDb(`storage-full-${Date.now()}`);
    vi.spyOn(db, 'transaction').mockRejectedValue(new Dexie.AbortError('Transaction aborted', new DOMException('The quota has been exceeded.', 'QuotaExceededError')));
    const deps = { db, extensionId: 'ext', extensionOrigin: 'chrome-extension://ext/', pageActions: () => ({ extractActiveTab: async () => undefined }) };
    const storage = memoryStorage();
    const outbox = createOutbox(
      storage,
      (item) => handleMessage({ type: 'captureContribution', captureId: item.captureId, draft: item.draft }, SENDER, deps),
      vi.fn(),
      { retryPending: vi.fn() },
    );
    const doc = loadDocument(join(FIXTURES_DIR, 'stack-exchange', 'question-anonymous.html'));
    const capture = captureOn([stackExchange], { doc, href: QUESTION, storage, outbox, isUserAction: () => true });
    await capture.route();
    capture.scan();
    rootOf(doc.querySelector(`[${INJECTED_ATTR}="save"]`)).querySelector('button')!.click();

    await vi.waitFor(() => expect(doc.querySelector('contribution-tracker-toast')).not.toBeNull());
    const toast = rootOf(doc.querySelector('contribution-tracker-toast')).querySelector('[role]')!;
    expect(toast.getAttribute('role')).toBe('alert');
    expect(toast.textContent).toMatch(/^Kept on this page, not stored yet\. .*no room left.*Free some disk space/);
    expect([...storage.data.keys()].filter((key) => key.startsWith('outbox:'))).toHaveLength(1);
  });
});

describe('browser.storage.local refusing to queue a capture', () => {
  const draft = { kind: 'forum-answer', platform: 'stack-exchange', url: 'https://stackoverflow.com/a/1', title: 'T', own: true, source: 'one-click' } as const;
  const fullStorage = () => {
    const storage = memoryStorage();
    storage.set = vi.fn().mockRejectedValue(new Error('Resource::kQuotaBytes quota exceeded'));
    return storage;
  };

  it('still sends it, and it is stored', async () => {
    const send = vi.fn(async () => ({ ok: true as const, id: 'e1', status: 'created' as const }));
    const outbox = createOutbox(fullStorage(), send, vi.fn(), { retryPending: vi.fn() });
    expect(await (await outbox.add(draft, 'c1')).reply).toMatchObject({ ok: true, id: 'e1' });
    expect(outbox.held()).toEqual([]);
  });

  it('holds it in the page when the background cannot store it either, says so, and stores it on the next flush', async () => {
    const reply = vi.fn().mockResolvedValueOnce({ ok: false, error: 'Could not store the contribution: no room.', retry: true }).mockResolvedValueOnce({ ok: true, id: 'e1', status: 'created' });
    const outbox = createOutbox(fullStorage(), reply, vi.fn(), { retryPending: vi.fn() });
    const first = await (await outbox.add(draft, 'c1')).reply;
    expect(first).toEqual({ ok: false, retry: true, error: `Could not store the contribution: no room. ${heldInTab()}` });
    expect(outbox.held()).toMatchObject([{ captureId: 'c1' }]);
    await outbox.flush();
    expect(reply).toHaveBeenCalledTimes(2);
    expect(outbox.held()).toEqual([]);
  });

  it('shows the page a toast that names both refusals, rather than dropping the capture silently', async () => {
    const rootOf = keepShadowRoots();
    const storage = fullStorage();
    const outbox = createOutbox(storage, async () => ({ ok: false, error: 'Could not store the contribution: no room.', retry: true }), vi.fn(), { retryPending: vi.fn() });
    const doc = loadDocument(join(FIXTURES_DIR, 'stack-exchange', 'question-anonymous.html'));
    const capture = captureOn([stackExchange], { doc, href: QUESTION, storage, outbox, isUserAction: () => true });
    await capture.route();
    capture.scan();
    rootOf(doc.querySelector(`[${INJECTED_ATTR}="save"]`)).querySelector('button')!.click();
    await vi.waitFor(() => expect(doc.querySelector('contribution-tracker-toast')).not.toBeNull());
    const toast = rootOf(doc.querySelector('contribution-tracker-toast')).querySelector('[role]')!;
    expect(toast.getAttribute('role')).toBe('alert');
    expect(toast.textContent).toContain('keep the tab open until it is stored');
  });

  it('lets an invalidated extension context through (the page was orphaned by an update)', async () => {
    const storage = memoryStorage();
    storage.set = vi.fn().mockRejectedValue(new Error('Extension context invalidated.'));
    const send = vi.fn();
    const outbox = createOutbox(storage, send, vi.fn(), { retryPending: vi.fn() });
    await expect(outbox.add(draft, 'c1')).rejects.toThrow(/invalidated/);
    expect(send).not.toHaveBeenCalled();
  });
});
