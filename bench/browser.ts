import type { Page } from 'playwright-core';
import { launchWithExtension, type Harness } from '../tests/e2e/harness';
import { callProbe, loadProbe } from './probe/bundle';

export { CHROMIUM, EXTENSION_DIR } from '../tests/e2e/harness';

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

let version = 'unknown';

/** The Chromium version of the last browser launched. */
export const browserVersion = () => version;

/** One fresh browser profile with the built extension (or `extensionDir`) for the length of `work`. */
export async function withBrowser<T>(work: (h: Harness) => Promise<T>, extensionDir?: string): Promise<T> {
  const h = await launchWithExtension({ extensionDir });
  version = h.context.browser()?.version() ?? version;
  try {
    return await work(h);
  } finally {
    await h.close();
  }
}

/**
 * An extension-origin page that runs none of the extension's own code (the manifest, shown as text):
 * it can open the extension's IndexedDB and talk to DevTools without a popup re-rendering on each write.
 */
export async function neutralPage(h: Harness): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/manifest.json`);
  return page;
}

/**
 * A neutral page over a database of `entries` entries dated this year, up to now. The probe is built
 * from the same source as the extension: it creates the database at the same version.
 */
export async function seededYearPage(h: Harness, entries: number): Promise<Page> {
  const page = await neutralPage(h);
  await loadProbe(page);
  await callProbe(page, 'seed', entries, `${new Date().getFullYear()}-01-01T00:00:00.000Z`, new Date().toISOString());
  return page;
}

/** Stops the background worker and waits until Chromium reports it stopped, so the next message is a cold start. */
export async function stopWorker(h: Harness, from: Page): Promise<void> {
  const session = await h.context.newCDPSession(from);
  try {
    const stopped = new Promise<void>((resolve) =>
      session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        if (versions.length > 0 && versions.every((version) => version.runningStatus === 'stopped')) resolve();
      }),
    );
    await session.send('ServiceWorker.enable');
    await session.send('ServiceWorker.stopAllWorkers');
    await Promise.race([stopped, sleep(5_000).then(() => Promise.reject(new Error('the background worker did not stop')))]);
  } finally {
    await session.detach();
  }
}

/** The extension's popup, opened as the user opens it, reached through a DevTools session of its own. */
export interface PopupView {
  /** Evaluates `expression` in the popup (a promise is awaited); the result crosses as JSON. */
  evaluate<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/**
 * Clicks the extension's toolbar button for `tab` (CDP Extensions.triggerAction, which works in
 * headless Chromium on a tab target) and attaches to the popup page it opens. Playwright does not
 * list that page (it is no tab's), so the browser session attaches to it in the protocol's
 * non-flat mode, the only one a Playwright session can talk through. `early` is evaluated in the
 * popup's document before its scripts run: through Page.addScriptToEvaluateOnNewDocument when the
 * document is not there yet, else straight away (it must then notice for itself what it missed).
 */
export async function triggerPopup(h: Harness, tab: Page, early: string): Promise<PopupView> {
  const browser = h.context.browser();
  if (!browser) throw new Error('no browser to open the popup from');
  const session = await browser.newBrowserCDPSession();
  const tabs = (await session.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)).targetInfos.filter((info) => info.url === tab.url());
  if (tabs.length !== 1) throw new Error(`the tab to open the popup on is not unique: ${tabs.length} tabs at ${tab.url()}`);
  const popupUrl = `chrome-extension://${h.extensionId}/popup.html`;
  let nextId = 0;
  const replies = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  session.on('Target.receivedMessageFromTarget' as never, ({ message }: { message: string }) => {
    const reply = JSON.parse(message) as { id?: number; result?: unknown; error?: { message: string } };
    const waiting = reply.id === undefined ? undefined : replies.get(reply.id);
    if (!waiting) return;
    replies.delete(reply.id!);
    if (reply.error) waiting.reject(new Error(reply.error.message));
    else waiting.resolve(reply.result);
  });
  // Targets there before the click (a popup still closing among them) are never the new popup.
  let triggered = false;
  const before = new Set<string>();
  let popupCommitted: (targetId: string) => void = () => undefined;
  const commits = new Promise<string>((resolve) => (popupCommitted = resolve));
  const attached = new Promise<{ targetId: string; sessionId: string }>((resolve, reject) => {
    let found = false;
    const commit = ({ targetInfo }: { targetInfo: TargetInfo }) => {
      if (triggered && !before.has(targetInfo.targetId) && targetInfo.type === 'page' && targetInfo.url === popupUrl) popupCommitted(targetInfo.targetId);
    };
    session.on('Target.targetCreated' as never, commit);
    session.on('Target.targetInfoChanged' as never, commit);
    // The popup's target is created blank, of type "other", and becomes a page once popup.html
    // commits: attaching while it is blank lets `early` be registered before the document exists.
    const attach = ({ targetInfo }: { targetInfo: TargetInfo }) => {
      if (!triggered || before.has(targetInfo.targetId)) {
        before.add(targetInfo.targetId);
        return;
      }
      const blank = targetInfo.type === 'other' && targetInfo.url === '';
      if (found || !(blank || (targetInfo.type === 'page' && targetInfo.url === popupUrl))) return;
      found = true;
      const { targetId } = targetInfo;
      session.send('Target.attachToTarget', { targetId, flatten: false }).then(({ sessionId }) => resolve({ targetId, sessionId }), reject);
    };
    session.on('Target.targetCreated' as never, attach);
    session.on('Target.targetInfoChanged' as never, attach);
    setTimeout(() => reject(new Error('the popup did not open')), 10_000);
  });
  await session.send('Target.setDiscoverTargets', { discover: true });
  triggered = true;
  await session.send('Extensions.triggerAction' as never, { id: h.extensionId, targetId: tabs[0]!.targetId } as never);
  const { targetId, sessionId } = await attached;
  const send = <T>(method: string, params: object = {}) =>
    new Promise<T>((resolve, reject) => {
      nextId += 1;
      replies.set(nextId, { resolve: resolve as (value: unknown) => void, reject });
      session.send('Target.sendMessageToTarget' as never, { sessionId, message: JSON.stringify({ id: nextId, method, params }) } as never).catch(reject);
    });
  const evaluate = async <T>(expression: string) => {
    const { result, exceptionDetails } = await send<{ result: { value: T }; exceptionDetails?: { text: string; exception?: { description?: string } } }>('Runtime.evaluate', {
      expression,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(`in the popup: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value;
  };
  // Sent back to back, so the popup's renderer runs them in this order, before or as its document commits.
  await Promise.all([
    send('Page.enable'),
    send('Page.addScriptToEvaluateOnNewDocument', { source: early }),
    evaluate(`location.href === ${JSON.stringify(popupUrl)} && (${early})`),
  ]);
  if ((await commits) !== targetId) throw new Error('the popup opened in another target than the one attached to');
  return {
    evaluate,
    async close() {
      const destroyed = new Promise<void>((resolve) =>
        session.on('Target.targetDestroyed' as never, (event: { targetId: string }) => {
          if (event.targetId === targetId) resolve();
        }),
      );
      await session.send('Target.closeTarget', { targetId });
      await destroyed;
      await session.detach();
    },
  };
}
