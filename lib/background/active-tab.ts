import { browser } from 'wxt/browser';

/**
 * Runs the generic extractor in the tab the user is looking at. Works through `activeTab`, which the
 * browser grants when the user opens the popup; extension pages themselves are skipped.
 */
export async function extractActiveTab(): Promise<unknown> {
  const own = browser.runtime.getURL('/');
  const tabs = await browser.tabs.query({ active: true });
  const tab = tabs.find((candidate) => candidate.id !== undefined && !candidate.url?.startsWith(own));
  if (tab?.id === undefined) throw new Error('no web page is open in the active tab');
  const [injection] = await browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['/extract-page.js'] });
  return injection?.result;
}
