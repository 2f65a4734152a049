import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import stackExchange from '../../../lib/adapters/stack-exchange';
import { createOutbox } from '../../../lib/capture/outbox';
import { INJECTED_ATTR } from '../../../lib/capture/save-buttons';
import type { ReplyOf } from '../../../lib/schema/messages';
import type { OutboxItem } from '../../../lib/schema/outbox';
import { captureOn } from '../../helpers/capture-page';
import { keepShadowRoots } from '../../helpers/closed-roots';
import { FIXTURES_DIR, loadDocument } from '../../helpers/fixtures';
import { memoryStorage } from '../../helpers/memory-storage';

const QUESTION = 'https://stackoverflow.com/questions/52742612/how-to-print-the-stack-trace-of-an-exception-object-in-python';
type Reply = ReplyOf<'captureContribution'>;

let rootOf: ReturnType<typeof keepShadowRoots>;
beforeEach(() => {
  rootOf = keepShadowRoots();
});

describe('Save presses on one page', () => {
  it('each wait for the one before to be queued, not answered: a lost answer holds its own button only', async () => {
    const doc = loadDocument(join(FIXTURES_DIR, 'stack-exchange', 'question-anonymous.html'));
    const storage = memoryStorage({ 'setting:handle:stack-exchange': 'someone' });
    const answers = new Map<string, (reply: Reply) => void>();
    // The background never answers on its own (a worker stopped with the message in flight).
    const send = vi.fn((item: OutboxItem) => new Promise<Reply>((resolve) => answers.set(item.draft.url, resolve)));
    const outbox = createOutbox(storage, send, vi.fn(), { retryPending: vi.fn(), sendTimeoutMs: 60_000 });
    const capture = captureOn([stackExchange], { doc, href: QUESTION, storage, outbox, isUserAction: () => true });
    await capture.route();
    capture.scan();
    const [first, second] = [...doc.querySelectorAll(`[${INJECTED_ATTR}="save"]`)].map((host) => rootOf(host).querySelector('button')!);
    first!.click();
    second!.click();

    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(2));
    const [firstUrl, secondUrl] = send.mock.calls.map(([item]) => item.draft.url);
    expect(new Set([firstUrl, secondUrl]).size).toBe(2);
    expect([...storage.data.keys()].filter((key) => key.startsWith('outbox:'))).toHaveLength(2);
    expect([first!.getAttribute('aria-busy'), second!.getAttribute('aria-busy')]).toEqual(['true', 'true']);

    answers.get(secondUrl!)!({ ok: true, id: 'e2', status: 'created' });
    await vi.waitFor(() => expect(second!.hasAttribute('aria-busy')).toBe(false));
    expect(first!.getAttribute('aria-busy')).toBe('true');
    answers.get(firstUrl!)!({ ok: true, id: 'e1', status: 'created' });
    await vi.waitFor(() => expect(first!.hasAttribute('aria-busy')).toBe(false));
    expect([...storage.data.keys()].filter((key) => key.startsWith('outbox:'))).toEqual([]);
  });
});
