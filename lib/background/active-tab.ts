import { browser } from 'wxt/browser';
import { sameSite } from '../url';

/** The tab a user-initiated save is about. */
export interface PageTab {
  id: number;
  windowId: number;
}

/** The part of browser.tabs a save uses. */
export interface TabsApi {
  query(filter: { active: true; lastFocusedWindow: true } | { active: true; windowId: number }): Promise<{ id?: number; windowId: number; url?: string }[]>;
  get(tabId: number): Promise<{ active: boolean; windowId: number; url?: string }>;
  captureVisibleTab(windowId: number, options: { format: 'jpeg'; quality: number }): Promise<string>;
}

/**
 * The tab the user is looking at: the active tab of `windowId` (the window the popup shows in, so the
 * page behind it), else of the window they last used. Chromium reports no focused window at all at
 * times (headless, some window managers), so the popup names its own. Extension pages are never saved.
 */
export async function activeWebTab(tabs: TabsApi = browser.tabs, windowId?: number): Promise<PageTab> {
  const own = browser.runtime.getURL('/');
  const found = await tabs.query(windowId === undefined ? { active: true, lastFocusedWindow: true } : { active: true, windowId });
  const tab = found.find((candidate) => candidate.id !== undefined && !candidate.url?.startsWith(own));
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

/** The address the tab shows; undefined once it left the page `activeTab` was granted for. */
const addressOf = async (tabs: TabsApi, tab: PageTab) => (await tabs.get(tab.id)).url;

/**
 * Reads the page in the tab and checks what it found against where the tab is: the tab must stay on
 * one address while it is read, and the entry's URL must be on that site (the extractor keeps to it;
 * this holds even if a page fooled the extractor). Returns the address, for the screenshot's check.
 */
export async function extractChecked(tabs: TabsApi, tab: PageTab, extract: (tab: PageTab) => Promise<unknown>): Promise<{ found: unknown; address: string }> {
  const before = await addressOf(tabs, tab);
  const found = await extract(tab);
  const address = await addressOf(tabs, tab);
  if (!before || before !== address) throw new Error('the tab went to another page while it was read');
  const url = (found as { url?: unknown } | undefined)?.url;
  if (typeof url === 'string' && URL.canParse(url) && !sameSite(new URL(url), new URL(address))) {
    throw new Error(`the page gave an address on another site (${new URL(url).hostname})`);
  }
  return { found, address };
}

/**
 * A screenshot of the tab that asked, only while it still shows the page that was saved: the visible
 * tab of its window is checked before and after the capture, so a tab switch or a navigation (by the
 * user or by the page itself) never puts another page's picture on the entry.
 */
export async function screenshotSameTab(tabs: TabsApi, tab: PageTab, address: string | undefined): Promise<string> {
  const showing = async () => {
    const now = await tabs.get(tab.id);
    return now.active && now.windowId === tab.windowId && address !== undefined && now.url === address;
  };
  if (!(await showing())) throw new Error('the tab no longer shows the saved page');
  // JPEG keeps it to a few hundred KB; captureVisibleTab also works under `activeTab`.
  const shot = await tabs.captureVisibleTab(tab.windowId, { format: 'jpeg', quality: 70 });
  if (!(await showing())) throw new Error('the tab changed while the screenshot was taken');
  return shot;
}

/**
 * The extractor and the screenshot for the tab a trigger came from, else for the active tab (of the
 * window named, if one is). The tab is chosen once, so both act on the same one, and the screenshot
 * only after a read of that tab.
 */
export function pageActions(tab?: { id?: number; windowId?: number }, tabs: TabsApi = browser.tabs, extract: (tab: PageTab) => Promise<unknown> = extractTab) {
  let target: Promise<PageTab> | undefined;
  const resolve = () =>
    (target ??= tab?.id !== undefined && tab.windowId !== undefined ? Promise.resolve({ id: tab.id, windowId: tab.windowId }) : activeWebTab(tabs, tab?.windowId));
  let address: string | undefined;
  return {
    extractActiveTab: async () => {
      const read = await extractChecked(tabs, await resolve(), extract);
      address = read.address;
      return read.found;
    },
    screenshotActiveTab: async () => screenshotSameTab(tabs, await resolve(), address),
  };
}
