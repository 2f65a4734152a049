import type { CDPSession } from 'playwright-core';
import { expect } from 'vitest';
import type { Harness } from './harness';

/**
 * The real popup, opened the way a user opens it: Extensions.triggerAction clicks the toolbar button
 * for that tab, so Chromium grants activeTab on it. The popup is not a tab, so Playwright has no Page
 * for it; it is driven over a CDP session attached to its target.
 */
export async function openRealPopup(h: Harness, pageUrl: string) {
  const browser = h.context.browser();
  if (!browser) throw new Error('no browser-level CDP session');
  const cdp: CDPSession = await browser.newBrowserCDPSession();
  const { targetInfos: tabs } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never);
  const tab = tabs.find((info) => info.url.startsWith(pageUrl));
  if (!tab) throw new Error(`no tab shows ${pageUrl}`);
  await cdp.send('Extensions.triggerAction' as never, { id: h.extensionId, targetId: tab.targetId } as never);
  let popupId: string | undefined;
  await expect
    .poll(async () => {
      const { targetInfos } = await cdp.send('Target.getTargets');
      popupId = targetInfos.find((info) => info.url === `chrome-extension://${h.extensionId}/popup.html`)?.targetId;
      return popupId;
    })
    .toBeDefined();
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: popupId!, flatten: false });
  type Answer = { id?: number; result?: { result?: { value?: unknown }; exceptionDetails?: unknown } };
  let next = 0;
  const waiting = new Map<number, (message: Answer) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    const message = JSON.parse(event.message) as Answer;
    if (message.id !== undefined) waiting.get(message.id)?.(message);
  });
  /** Runs an expression in the popup and returns its (JSON) value. */
  const evaluate = async <T>(expression: string): Promise<T> => {
    const id = ++next;
    const answer = new Promise<Answer>((resolve) => waiting.set(id, resolve));
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, awaitPromise: true, returnByValue: true } }) });
    const { result } = await answer;
    if (result?.exceptionDetails) throw new Error(`popup script failed: ${JSON.stringify(result.exceptionDetails)}`);
    return result?.result?.value as T;
  };
  return { evaluate };
}
