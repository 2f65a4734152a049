import { describe, expect, it, vi } from 'vitest';
import { createOutbox, type OutboxItem } from '../../../lib/capture/outbox';
import type { ReplyOf } from '../../../lib/schema/messages';

type Reply = ReplyOf<'captureContribution'>;
import { memoryStorage } from '../../helpers/memory-storage';

const draft = { kind: 'forum-answer', platform: 'stack-exchange', url: 'https://stackoverflow.com/a/1', title: 'T', own: true, source: 'auto' } as const;
const keys = (storage: ReturnType<typeof memoryStorage>) => [...storage.data.keys()].filter((key) => key.startsWith('outbox:'));

describe('outbox', () => {
  it('writes the item before sending and removes it on acknowledgement', async () => {
    const storage = memoryStorage();
    const send = vi.fn(async (item: OutboxItem): Promise<Reply> => {
      expect(storage.data.get(`outbox:${item.captureId}`)).toMatchObject({ draft }); // already written
      return { ok: true, id: 'x', status: 'created' };
    });
    const outbox = createOutbox(storage, send, vi.fn(), { retryPending: vi.fn() });
    expect(await (await outbox.add(draft, 'c1')).reply).toMatchObject({ ok: true });
    expect(send).toHaveBeenCalledOnce();
    expect(keys(storage)).toEqual([]);
  });

  it('keeps the item when the background is unreachable, and asks for a retry on the next flush', async () => {
    const storage = memoryStorage();
    const send = vi.fn<(item: OutboxItem) => Promise<Reply>>().mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'));
    const retryPending = vi.fn(async () => storage.remove('outbox:c1')); // the background stores it
    const outbox = createOutbox(storage, send, vi.fn(), { retryPending });
    expect(await (await outbox.add(draft, 'c1')).reply).toBeUndefined();
    expect(await outbox.pending()).toMatchObject([{ captureId: 'c1', attempts: 1 }]);
    await outbox.flush();
    expect(retryPending).toHaveBeenCalledOnce();
    expect(send).toHaveBeenCalledOnce(); // the page does not send it again itself
    expect(keys(storage)).toEqual([]);
  });

  it('keeps the item when the background says retry (storage failed)', async () => {
    const storage = memoryStorage();
    const outbox = createOutbox(storage, async () => ({ ok: false, error: 'Could not store', retry: true }), vi.fn(), { retryPending: vi.fn() });
    await (await outbox.add(draft, 'c1')).reply;
    expect(keys(storage)).toEqual(['outbox:c1']);
  });

  it('reports and drops an item the background refuses for good', async () => {
    const storage = memoryStorage();
    const onRefused = vi.fn();
    const outbox = createOutbox(storage, async () => ({ ok: false, error: 'must be an http(s) URL' }), onRefused, { retryPending: vi.fn() });
    await (await outbox.add(draft, 'c1')).reply;
    expect(onRefused).toHaveBeenCalledWith(expect.objectContaining({ captureId: 'c1' }), 'must be an http(s) URL');
    expect(keys(storage)).toEqual([]);
  });

  it('asks the background once for every pending item, and not at all when nothing waits', async () => {
    const retryPending = vi.fn(async () => ({ ok: true }));
    const empty = createOutbox(memoryStorage({ unrelated: 1 }), vi.fn(), vi.fn(), { retryPending });
    await empty.flush();
    expect(retryPending).not.toHaveBeenCalled(); // no needless wake-ups of the worker
    const storage = memoryStorage({
      'outbox:b': { captureId: 'b', draft, queuedAt: 2, attempts: 3 },
      'outbox:a': { captureId: 'a', draft, queuedAt: 1, attempts: 0 },
    });
    const outbox = createOutbox(storage, vi.fn(), vi.fn(), { retryPending });
    await Promise.all([outbox.flush(), outbox.flush(), outbox.flush()]);
    expect(retryPending).toHaveBeenCalledOnce();
  });

  it('gives up on a retry request nobody answers, keeping the items for the next flush', async () => {
    const storage = memoryStorage({ 'outbox:a': { captureId: 'a', draft, queuedAt: 1, attempts: 1 } });
    const retryPending = vi.fn().mockReturnValueOnce(new Promise(() => undefined)).mockRejectedValueOnce(new Error('Receiving end does not exist.'));
    const outbox = createOutbox(storage, vi.fn(), vi.fn(), { retryPending, sendTimeoutMs: 10 });
    await outbox.flush();
    await outbox.flush();
    expect(retryPending).toHaveBeenCalledTimes(2);
    expect(keys(storage)).toEqual(['outbox:a']);
  });

  it('stops waiting for a background that never answers, and still settles on a late answer', async () => {
    const storage = memoryStorage();
    let answer: (reply: Reply) => void = () => undefined;
    const send = vi.fn<(item: OutboxItem) => Promise<Reply>>().mockReturnValueOnce(new Promise((resolve) => (answer = resolve)));
    const outbox = createOutbox(storage, send, vi.fn(), { retryPending: vi.fn(), sendTimeoutMs: 10 });
    expect(await (await outbox.add(draft, 'c1')).reply).toBeUndefined(); // the page is told "kept", not left hanging
    expect(keys(storage)).toEqual(['outbox:c1']);
    answer({ ok: true, id: 'x', status: 'created' });
    await vi.waitFor(() => expect(keys(storage)).toEqual([]));
  });

  it('does not bring back an item another delivery settled while its own attempt failed', async () => {
    const storage = memoryStorage();
    let fail: (error: Error) => void = () => undefined;
    const slow = createOutbox(storage, () => new Promise<Reply>((_resolve, reject) => (fail = reject)), vi.fn(), { retryPending: vi.fn() });
    const { reply: pending } = await slow.add(draft, 'c1');
    await vi.waitFor(() => expect(keys(storage)).toEqual(['outbox:c1']));
    await storage.remove('outbox:c1'); // the background's retry pass stored it meanwhile
    expect(keys(storage)).toEqual([]);
    fail(new Error('The message port closed before a response was received.'));
    expect(await pending).toBeUndefined();
    expect(keys(storage)).toEqual([]);
  });
});
