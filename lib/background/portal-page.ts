import { browser } from 'wxt/browser';
import { PORTAL_PAGE_QUERY, type PortalPageQuery } from '../autofill/portal-channel';

/**
 * The address of a tab's top frame, as our portal content script there reads it. Only our own
 * content scripts receive tabs.sendMessage, and only the portal's answers this query, so a tab whose
 * top frame is not a portal page answers nothing usable.
 */
export async function portalPageUrl(tabId: number): Promise<string | undefined> {
  const answer: unknown = await browser.tabs.sendMessage(tabId, { type: PORTAL_PAGE_QUERY } satisfies PortalPageQuery, { frameId: 0 });
  return typeof answer === 'string' ? answer : undefined;
}
