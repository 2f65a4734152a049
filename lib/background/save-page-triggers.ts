import type { SaveReply } from './save-page';

/** The tab a context-menu click or keyboard command came from. */
export interface TriggerTab {
  id?: number;
  windowId?: number;
}

interface Event<Listener> {
  addListener(listener: Listener): void;
}

/** The parts of the browser API the triggers use; Firefox for Android has no menus or commands. */
export interface TriggerApi {
  runtime: { onInstalled: Event<() => void> };
  contextMenus?: {
    create(properties: { id: string; title: string; contexts: ['page', 'selection'] }): unknown;
    removeAll(): Promise<void>;
    onClicked: Event<(info: { menuItemId: string | number }, tab?: TriggerTab) => void>;
  };
  commands?: { onCommand: Event<(command: string, tab?: TriggerTab) => void> };
}

/** The parts of browser.action (browserAction in Firefox MV2) the feedback uses. */
export interface FeedbackApi {
  setBadgeText(details: { tabId: number; text?: string }): unknown;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): unknown;
  setTitle(details: { tabId: number; title: string }): unknown;
  getTitle(details: { tabId?: number }): Promise<string>;
}

/** One id for the menu item and the command (wxt.config.ts declares the command and its keys). */
export const SAVE_PAGE = 'save-page';
export const SAVE_PAGE_TITLE = 'Save this page to your contributions';
const FEEDBACK_MS = 4000;

const SAVED: Record<string, string> = {
  created: 'Saved to your contributions',
  updated: 'Updated in your contributions',
  duplicate: 'Already in your contributions',
};

/**
 * The menu and the command have no form to show, so they save at once and answer on the toolbar
 * button of that tab: a check mark (or "!" with the reason as its tooltip) for a few seconds, then the
 * year's count again.
 */
export function showSaveFeedback(action: FeedbackApi | undefined, tabId: number | undefined, reply: SaveReply, clearAfterMs = FEEDBACK_MS): void {
  if (!action || tabId === undefined) return;
  const quietly = (call: () => unknown) => void Promise.resolve().then(call).catch(() => undefined);
  const title = reply.ok ? SAVED[reply.status ?? 'created'] ?? SAVED.created! : `Not saved: ${reply.error}`;
  quietly(() => action.setBadgeBackgroundColor({ tabId, color: reply.ok ? '#137333' : '#b3261e' }));
  quietly(() => action.setBadgeText({ tabId, text: reply.ok ? '✓' : '!' }));
  quietly(() => action.setTitle({ tabId, title }));
  setTimeout(() => {
    // No text hands the tab back to the global badge (the year's count); the title goes back too.
    quietly(() => action.setBadgeText({ tabId }));
    quietly(async () => action.setTitle({ tabId, title: await action.getTitle({}) }));
  }, clearAfterMs);
}

/** Registers the context-menu item and the keyboard command; both save the page they came from. */
export function registerSavePageTriggers(api: TriggerApi, save: (tab?: TriggerTab) => Promise<SaveReply>, action?: FeedbackApi): void {
  const run = (tab?: TriggerTab) =>
    void save(tab)
      .catch((error: unknown): SaveReply => ({ ok: false, error: String(error), retry: false }))
      .then((reply) => showSaveFeedback(action, tab?.id, reply));

  if (api.contextMenus) {
    const menus = api.contextMenus;
    // Menu items outlive the worker: created once per install or update, after clearing the old one.
    api.runtime.onInstalled.addListener(() => {
      void Promise.resolve()
        .then(() => menus.removeAll())
        .then(() => menus.create({ id: SAVE_PAGE, title: SAVE_PAGE_TITLE, contexts: ['page', 'selection'] }))
        .catch((error: unknown) => console.warn('[contribution-tracker] context menu not created', error));
    });
    menus.onClicked.addListener((info, tab) => {
      if (info.menuItemId === SAVE_PAGE) run(tab);
    });
  }
  api.commands?.onCommand.addListener((command, tab) => {
    if (command === SAVE_PAGE) run(tab);
  });
}
