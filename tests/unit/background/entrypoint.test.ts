import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '../../../lib/db/database';

const capture = {
  type: 'captureContribution',
  captureId: 'c1',
  draft: { kind: 'forum-answer', platform: 'stack-exchange', url: 'https://stackoverflow.com/a/1', title: 'T', own: true, source: 'auto' },
};

/** Delivers a message the way the browser does, with the sender a content script would have. */
async function deliver(message: unknown, sender: object) {
  let reply: unknown;
  const sendResponse = (value: unknown) => (reply = value);
  const kept = await fakeBrowser.runtime.onMessage.trigger(message, sender, sendResponse);
  expect(kept).toContain(true); // the channel stays open for the async answer
  await expect.poll(() => reply).toBeDefined();
  return reply;
}

/** The outbox's keys left in storage (the background keeps other keys there, such as the Save labels). */
const pendingKeys = async () => Object.keys(await fakeBrowser.storage.local.get(null)).filter((key) => key.startsWith('outbox:'));

describe('background entrypoint', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    // The fake browser has no permissions or scripting API; the user-site watcher only listens to them here.
    vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.permissions.onRemoved, 'addListener').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(async () => []);
    // Nor context menus or commands: "Save this page" registers its menu item and command there.
    vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.contextMenus, 'removeAll').mockResolvedValue(undefined);
    vi.spyOn(fakeBrowser.contextMenus, 'create').mockReturnValue('save-page');
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => undefined);
    // The Firefox portal panel's relay (lib/background/portal-relay.ts) listens for its port.
    vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation(() => undefined);
    await db.contributions.clear();
    (await import('../../../entrypoints/background')).default.main();
  });

  it('stores a capture from a content script and answers with the id', async () => {
    const page = 'https://stackoverflow.com/questions/1';
    const sender = { id: fakeBrowser.runtime.id, url: page, frameId: 0, tab: { id: 1, url: page } };
    expect(await deliver(capture, sender)).toMatchObject({ ok: true, status: 'created', id: expect.any(String) });
    expect(await db.contributions.count()).toBe(1);
  });

  it('answers a clear error for an unknown message and stores nothing', async () => {
    const reply = await deliver({ type: 'wipeEverything' }, { id: fakeBrowser.runtime.id });
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/Message refused/) });
    expect(await db.contributions.count()).toBe(0);
  });

  it.each([
    ['the browser starts', () => fakeBrowser.runtime.onStartup.trigger()],
    ['the extension is updated or reloaded', () => fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0' })],
  ])('stores captures pages left pending when %s', async (_when, trigger) => {
    await fakeBrowser.storage.local.set({ 'outbox:c9': { captureId: 'c9', draft: capture.draft, queuedAt: Date.now() - 60_000, attempts: 1 } });
    await trigger();
    await expect.poll(() => db.contributions.count()).toBe(1);
    await expect.poll(async () => pendingKeys()).toEqual([]);
  });
  it('stores every tab’s pending captures when a page asks for a retry', async () => {
    const queuedAt = Date.now() - 60_000;
    await fakeBrowser.storage.local.set({
      'outbox:a': { captureId: 'a', draft: capture.draft, queuedAt, attempts: 1 },
      'outbox:b': { captureId: 'b', draft: { ...capture.draft, url: 'https://stackoverflow.com/a/2' }, queuedAt, attempts: 3 },
    });
    const sender = { id: fakeBrowser.runtime.id, tab: { id: 1, url: 'https://stackoverflow.com/questions/1' } };
    expect(await deliver({ type: 'retryPendingCaptures' }, sender)).toEqual({ ok: true });
    expect(await db.contributions.count()).toBe(2);
    expect(await pendingKeys()).toEqual([]);
  });

  it('stores the Save labels in the browser’s language for the content scripts to read at load', async () => {
    await expect.poll(async () => (await fakeBrowser.storage.local.get('saveLabels')).saveLabels).toMatchObject({ Answer: 'Save answer', Talk: 'Save talk', Contributions: expect.any(String) });
  });
});
