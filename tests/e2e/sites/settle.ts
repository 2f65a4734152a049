import type { CDPSession, Page } from 'playwright-core';

/** How long a page change waits before the content script scans it (lib/capture/detector.ts: 150 ms), with room. */
const SCAN_DELAY_MS = 400;

export interface Settled {
  /** The auto-capture intents still armed (intent:<adapter>) after the scan that saw the page as it is. */
  intents: string[];
  /** Captures queued and not yet acknowledged by the background (outbox:<id>). */
  pending: number;
}

/**
 * Waits until the content script has seen the page as it is now, then reads what it has armed and
 * queued. Evaluated in the extension's own isolated world of each frame of the page, found over the
 * DevTools protocol: that world exists only where our content script was injected (so a page that
 * got none fails here), and it runs on the content script's event loop, so a timer set now fires
 * after the scan that the page's last change scheduled. Storage requests from that world are
 * answered in order, so anything the scan queued is visible to the read that follows.
 */
export async function settle(page: Page, extensionId: string): Promise<Settled> {
  const session = await page.context().newCDPSession(page);
  try {
    const contexts: { id: number; origin: string; auxData?: { isDefault?: boolean; frameId?: string } }[] = [];
    session.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
    await session.send('Runtime.enable');
    const ours = () => contexts.filter((c) => c.origin === `chrome-extension://${extensionId}` && !c.auxData?.isDefault);
    for (let tries = 0; !ours().length && tries < 50; tries += 1) await new Promise((resolve) => setTimeout(resolve, 100));
    const worlds = ours();
    if (!worlds.length) throw new Error(`no content script of ours runs on ${page.url()}`);
    // Every frame we run in (a framed editor) has its own loop: each gets its barrier; storage is shared.
    const reads = await Promise.all(worlds.map((world) => barrier(session, world.id)));
    return reads.at(-1)!;
  } finally {
    await session.detach().catch(() => undefined);
  }
}

async function barrier(session: CDPSession, contextId: number): Promise<Settled> {
  const { result, exceptionDetails } = (await session.send('Runtime.evaluate', {
    contextId,
    awaitPromise: true,
    returnByValue: true,
    expression: `new Promise((resolve) => setTimeout(resolve, ${SCAN_DELAY_MS}))
      .then(() => chrome.storage.local.get(null))
      .then((all) => ({ intents: Object.keys(all).filter((key) => key.startsWith('intent:')), pending: Object.keys(all).filter((key) => key.startsWith('outbox:')).length }))`,
  })) as { result: { value: Settled }; exceptionDetails?: { text: string } };
  if (exceptionDetails) throw new Error(`settling failed: ${exceptionDetails.text}`);
  return result.value;
}

/** True when our content script was injected into the page's top frame at all. */
export async function hasContentScript(page: Page, extensionId: string): Promise<boolean> {
  const session = await page.context().newCDPSession(page);
  try {
    const origins: string[] = [];
    session.on('Runtime.executionContextCreated', ({ context }) => origins.push(context.origin));
    await session.send('Runtime.enable');
    return origins.includes(`chrome-extension://${extensionId}`);
  } finally {
    await session.detach().catch(() => undefined);
  }
}
