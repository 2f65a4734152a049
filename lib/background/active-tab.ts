import { browser } from 'wxt/browser';

/** The tab a user-initiated save is about. */
export interface PageTab {
  id: number;
  windowId: number;
}

/**
 * The tab the user is looking at: the active tab of the window they last used (the popup is not a
 * window, so that is the page behind it). Extension pages are never saved.
 */
export async function activeWebTab(): Promise<PageTab> {
  const own = browser.runtime.getURL('/');
  const tabs = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  const tab = tabs.find((candidate) => candidate.id !== undefined && !candidate.url?.startsWith(own));
  if (tab?.id === undefined) throw new Error('no web page is open in the active tab');
  return { id: tab.id, windowId: tab.windowId };
}

/**
 * Runs the generic extractor in the tab. Works through `activeTab`, which the browser grants when
 * the user opens the popup, picks the context-menu item or presses the keyboard command.
 */
export async function extractTab(tab: PageTab): Promise<unknown> {
  const [injection] = await browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['/extract-page.js'] });
  return injection?.result;
}

/** What the tab shows, as evidence (also under `activeTab`; JPEG keeps it to a few hundred KB). */
export function screenshotTab(tab: PageTab): Promise<string> {
  return browser.tabs.captureVisibleTab(tab.windowId, { format: 'jpeg', quality: 70 });
}

/** The extractor and the screenshot for the tab a trigger came from, else for the active tab. */
export function pageActions(tab?: { id?: number; windowId?: number }) {
  const target = (): Promise<PageTab> =>
    tab?.id !== undefined && tab.windowId !== undefined ? Promise.resolve({ id: tab.id, windowId: tab.windowId }) : activeWebTab();
  return {
    extractActiveTab: async () => extractTab(await target()),
    screenshotActiveTab: async () => screenshotTab(await target()),
  };
}
