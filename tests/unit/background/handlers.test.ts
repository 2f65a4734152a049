import { beforeEach, describe, expect, it, vi } from 'vitest';
import { TrackerDb } from '../../../lib/db/database';
import { handleMessage, type HandlerDeps, type Sender } from '../../../lib/background/handlers';

const ORIGIN = 'chrome-extension://abcdef/';
const draft = {
  kind: 'forum-answer',
  platform: 'stack-exchange',
  url: 'https://stackoverflow.com/a/52742770',
  title: 'How to print a stack trace?',
  own: true,
  source: 'auto',
};
const contentScript: Sender = { id: 'abcdef', url: 'https://stackoverflow.com/questions/1/x', tab: { id: 4, url: 'https://stackoverflow.com/questions/1/x' } };
const popup: Sender = { id: 'abcdef', url: `${ORIGIN}popup.html` };

let deps: HandlerDeps;
let extractActiveTab: () => Promise<unknown>;
let n = 0;
beforeEach(async () => {
  extractActiveTab = vi.fn(async () => ({ ...draft, url: 'https://blog.example.com/post', platform: 'generic', kind: 'blog-post' }));
  deps = {
    db: new TrackerDb(`handlers-${++n}`),
    extensionId: 'abcdef',
    extensionOrigin: ORIGIN,
    pageActions: vi.fn(() => ({ extractActiveTab })),
    now: () => new Date('2026-05-01T12:00:00Z'),
  };
});

describe('captureContribution', () => {
  it('stores a valid capture and answers created, then duplicate', async () => {
    const message = { type: 'captureContribution', captureId: 'c1', draft };
    const first = await handleMessage(message, contentScript, deps);
    expect(first).toMatchObject({ ok: true, status: 'created' });
    expect(await handleMessage(message, contentScript, deps)).toEqual({ ok: true, id: (first as { id: string }).id, status: 'duplicate' });
    expect(await deps.db.contributions.count()).toBe(1);
  });

  it('rejects a malformed capture with a message that names the problem, storing nothing', async () => {
    const reply = await handleMessage({ type: 'captureContribution', captureId: 'c1', draft: { ...draft, url: 'javascript:alert(1)' } }, contentScript, deps);
    expect(reply).toMatchObject({ ok: false, retry: false });
    expect(reply.ok ? '' : reply.error).toMatch(/http\(s\) URL/);
    expect(await deps.db.contributions.count()).toBe(0);
  });

  it('refuses messages from other extensions', async () => {
    const reply = await handleMessage({ type: 'captureContribution', captureId: 'c1', draft }, { ...contentScript, id: 'evil' }, deps);
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/did not come from this extension/) });
  });

  it('asks the sender to retry when storage fails', async () => {
    await deps.db.open();
    deps.db.close();
    vi.spyOn(deps.db.contributions, 'where').mockImplementation(() => {
      throw new Error('QuotaExceededError');
    });
    const reply = await handleMessage({ type: 'captureContribution', captureId: 'c1', draft }, contentScript, deps);
    expect(reply).toMatchObject({ ok: false, retry: true, error: expect.stringMatching(/Could not store/) });
  });
});

describe('privileged messages', () => {
  it('deletes only when asked by an extension page', async () => {
    const created = await handleMessage({ type: 'captureContribution', captureId: 'c1', draft }, contentScript, deps);
    const id = (created as { id: string }).id;
    expect(await handleMessage({ type: 'deleteContribution', id }, contentScript, deps)).toMatchObject({ ok: false, error: expect.stringMatching(/only allowed from the extension/) });
    expect(await deps.db.contributions.count()).toBe(1);
    expect(await handleMessage({ type: 'deleteContribution', id }, popup, deps)).toMatchObject({ ok: true });
    expect(await deps.db.contributions.count()).toBe(0);
  });

  it('saves the current page from the popup, and never from a page', async () => {
    expect(await handleMessage({ type: 'saveCurrentPage' }, contentScript, deps)).toMatchObject({ ok: false });
    expect(extractActiveTab).not.toHaveBeenCalled();
    expect(await handleMessage({ type: 'saveCurrentPage', windowId: 4 }, popup, deps)).toMatchObject({ ok: true, status: 'created' });
    // The page behind the popup: the active tab of the popup's own window.
    expect(deps.pageActions).toHaveBeenCalledWith(4);
    expect((await deps.db.contributions.toArray())[0]).toMatchObject({ url: 'https://blog.example.com/post', kind: 'blog-post' });
  });

  it('explains when the active tab cannot be read', async () => {
    extractActiveTab = async () => {
      throw new Error('Cannot access a chrome:// URL');
    };
    expect(await handleMessage({ type: 'saveCurrentPage' }, popup, deps)).toMatchObject({ ok: false, error: 'This page cannot be read: Cannot access a chrome:// URL' });
  });
});

describe('undoCapture', () => {
  it('lets the page undo its own fresh capture, but not another site’s', async () => {
    const created = await handleMessage({ type: 'captureContribution', captureId: 'c1', draft }, contentScript, deps);
    const id = (created as { id: string }).id;
    const elsewhere: Sender = { id: 'abcdef', tab: { id: 5, url: 'https://evil.example/' } };
    expect(await handleMessage({ type: 'undoCapture', id }, elsewhere, deps)).toMatchObject({ ok: false });
    expect(await handleMessage({ type: 'undoCapture', id }, contentScript, deps)).toMatchObject({ ok: true, id });
    expect(await deps.db.contributions.count()).toBe(0);
  });

  it('refuses an undo long after the capture', async () => {
    const created = await handleMessage({ type: 'captureContribution', captureId: 'c1', draft }, contentScript, deps);
    deps.now = () => new Date('2026-05-02T12:00:00Z');
    expect(await handleMessage({ type: 'undoCapture', id: (created as { id: string }).id }, contentScript, deps)).toMatchObject({ ok: false });
  });
});
