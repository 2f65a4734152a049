import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerSavePageTriggers, SAVE_PAGE, SAVE_PAGE_TITLE, type FeedbackApi, type TriggerApi } from '../../../lib/background/save-page-triggers';
import type { SaveReply } from '../../../lib/background/save-page';

/** A browser event that keeps its listeners so the test can fire it. */
function event<Listener extends (...args: never[]) => void>() {
  const listeners: Listener[] = [];
  return {
    addListener: (listener: Listener) => void listeners.push(listener),
    fire: (...args: Parameters<Listener>) => listeners.forEach((listener) => listener(...args)),
    listeners,
  };
}

function fakeApi() {
  const onInstalled = event<() => void>();
  const onClicked = event<(info: { menuItemId: string | number }, tab?: { id?: number; windowId?: number }) => void>();
  const onCommand = event<(command: string, tab?: { id?: number; windowId?: number }) => void>();
  const contextMenus = { create: vi.fn(), removeAll: vi.fn(async () => undefined), onClicked };
  const api = { runtime: { onInstalled }, contextMenus, commands: { onCommand } } satisfies TriggerApi;
  const badge = new Map<number, string | undefined>();
  const titles = new Map<number, string>();
  const action: FeedbackApi = {
    setBadgeText: ({ tabId, text }) => badge.set(tabId, text),
    setBadgeBackgroundColor: vi.fn(),
    setTitle: ({ tabId, title }) => titles.set(tabId, title),
    getTitle: async () => 'Contributions',
  };
  return { api, action, badge, titles, onInstalled, onClicked, onCommand, contextMenus };
}

const TAB = { id: 7, windowId: 2 };

describe('Save this page from the context menu and the keyboard', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('creates the menu item once per install or update, replacing the previous one', async () => {
    const { api, action, onInstalled, contextMenus } = fakeApi();
    registerSavePageTriggers(api, vi.fn(), action);
    expect(contextMenus.create).not.toHaveBeenCalled();
    onInstalled.fire();
    await vi.waitFor(() => expect(contextMenus.create).toHaveBeenCalledWith({ id: SAVE_PAGE, title: SAVE_PAGE_TITLE, contexts: ['page', 'selection'] }));
    expect(contextMenus.removeAll.mock.invocationCallOrder[0]).toBeLessThan(contextMenus.create.mock.invocationCallOrder[0]!);
  });

  it('saves the page the menu was opened on, and shows a check mark on that tab for a few seconds', async () => {
    const { api, action, badge, titles, onClicked } = fakeApi();
    const save = vi.fn(async (): Promise<SaveReply> => ({ ok: true, id: 'e1', status: 'created' }));
    registerSavePageTriggers(api, save, action);
    onClicked.fire({ menuItemId: 'something-else' }, TAB);
    expect(save).not.toHaveBeenCalled();
    onClicked.fire({ menuItemId: SAVE_PAGE }, TAB);
    expect(save).toHaveBeenCalledWith(TAB);
    await vi.waitFor(() => expect(badge.get(7)).toBe('✓'));
    expect(titles.get(7)).toBe('Saved to your contributions');
    await vi.advanceTimersByTimeAsync(4000);
    expect(badge.get(7)).toBeUndefined();
    expect(titles.get(7)).toBe('Contributions');
  });

  it('saves on the keyboard command, and shows why when the page cannot be saved', async () => {
    const { api, action, badge, titles, onCommand } = fakeApi();
    const save = vi.fn(async (): Promise<SaveReply> => ({ ok: false, error: 'This page cannot be read: Cannot access a chrome:// URL' }));
    registerSavePageTriggers(api, save, action);
    onCommand.fire('another-command', TAB);
    expect(save).not.toHaveBeenCalled();
    onCommand.fire(SAVE_PAGE, TAB);
    await vi.waitFor(() => expect(badge.get(7)).toBe('!'));
    expect(titles.get(7)).toBe('Not saved: This page cannot be read: Cannot access a chrome:// URL');
  });

  it('reports a save that throws instead of leaving the user without an answer', async () => {
    const { api, action, titles, onCommand } = fakeApi();
    registerSavePageTriggers(api, async () => Promise.reject(new Error('worker stopped')), action);
    onCommand.fire(SAVE_PAGE, TAB);
    await vi.waitFor(() => expect(titles.get(7)).toMatch(/^Not saved: .*worker stopped/));
  });

  it('registers nothing where the browser has no menus or commands (Firefox for Android)', () => {
    const { action, onInstalled } = fakeApi();
    expect(() => registerSavePageTriggers({ runtime: { onInstalled } }, vi.fn(), action)).not.toThrow();
    expect(onInstalled.listeners).toHaveLength(0);
  });
});
