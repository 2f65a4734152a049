import Dexie from 'dexie';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import stackExchange from '../../../lib/adapters/stack-exchange';
import { handleMessage } from '../../../lib/background/handlers';
import { createOutbox } from '../../../lib/capture/outbox';
import { startCapture } from '../../../lib/capture/runtime';
import { INJECTED_ATTR } from '../../../lib/capture/save-buttons';
import { TrackerDb } from '../../../lib/db/database';
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
    const deps = { db, extensionId: 'ext', extensionOrigin: 'chrome-extension://ext/', extractActiveTab: async () => undefined };
    const storage = memoryStorage();
    const outbox = createOutbox(
      storage,
      (item) => handleMessage({ type: 'captureContribution', captureId: item.captureId, draft: item.draft }, SENDER, deps),
      vi.fn(),
      { retryPending: vi.fn() },
    );
    const doc = loadDocument(join(FIXTURES_DIR, 'stack-exchange', 'question-anonymous.html'));
    const win = { location: { href: QUESTION }, setTimeout: (run: () => void) => setTimeout(run, 0) } as unknown as Window;
    const runtime = startCapture([stackExchange], { doc, win, storage, outbox, undo: vi.fn(), signal: new AbortController().signal, isUserAction: () => true });
    await runtime.route();
    runtime.scan();
    rootOf(doc.querySelector(`[${INJECTED_ATTR}="save"]`)).querySelector('button')!.click();

    await vi.waitFor(() => expect(doc.querySelector('contribution-tracker-toast')).not.toBeNull());
    const toast = rootOf(doc.querySelector('contribution-tracker-toast')).querySelector('[role]')!;
    expect(toast.getAttribute('role')).toBe('alert');
    expect(toast.textContent).toMatch(/^Kept on this page, not stored yet\. .*no room left.*Free some disk space/);
    expect([...storage.data.keys()].filter((key) => key.startsWith('outbox:'))).toHaveLength(1);
  });
});
