import type { BrowserContext, Worker } from 'playwright-core';
import type { OutboxItem } from '../../lib/capture/outbox';
import type { Harness } from './harness';

/** The parts of the `chrome` global used from extension pages in these tests. */
interface ChromeGlobals {
  chrome: {
    runtime: { reload(): void };
    storage: { local: { get(keys: null): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
  };
}

/** chrome://extensions' private API, used to switch developer mode on. */
interface DeveloperGlobals {
  chrome: { developerPrivate: { updateProfileConfiguration(update: { inDeveloperMode: boolean }): Promise<void> } };
}

/** Captures queued in browser.storage.local that the background has not acknowledged yet. */
export async function pendingCaptures(h: Harness): Promise<OutboxItem[]> {
  const page = await h.openExtensionPage('popup.html');
  try {
    const all = await page.evaluate(() => (globalThis as unknown as ChromeGlobals).chrome.storage.local.get(null));
    return Object.entries(all).flatMap(([key, value]) => (key.startsWith('outbox:') ? [value as OutboxItem] : []));
  } finally {
    await page.close();
  }
}

/** The extension's service worker, waiting for one if none is running. */
export async function serviceWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/**
 * Blocks the worker's thread for `ms`, as a worker stuck in a long write would be: messages reach it
 * but get no answer until it is free again (or is stopped).
 */
export async function freezeWorker(context: BrowserContext, ms: number): Promise<void> {
  const worker = await serviceWorker(context);
  void worker
    .evaluate((duration) => {
      const end = Date.now() + duration;
      while (Date.now() < end) {
        // busy: nothing else runs on this thread
      }
    }, ms)
    .catch(() => undefined); // the worker may be stopped or reloaded under the loop
  await new Promise((resolve) => setTimeout(resolve, 100));
}

/**
 * Reloads the extension as an update does: pages it had injected into are orphaned, a new worker
 * starts. Chromium disables a reloaded unpacked extension unless developer mode is on
 * ("unsupportedDeveloperExtension"), so it is switched on first, as a developer would have it.
 */
export async function reloadExtension(h: Harness): Promise<void> {
  const settings = await h.context.newPage();
  await settings.goto('chrome://extensions');
  await settings.evaluate(() => (globalThis as unknown as DeveloperGlobals).chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }));
  await settings.close();
  const old = h.context.serviceWorkers();
  const restarted = h.context.waitForEvent('serviceworker', { predicate: (worker) => !old.includes(worker), timeout: 15_000 });
  const page = await h.openExtensionPage('popup.html');
  await page.evaluate(() => (globalThis as unknown as ChromeGlobals).chrome.runtime.reload()).catch(() => undefined); // the page closes under the call
  await restarted;
  // Extension pages the old instance left open have lost their APIs; later helpers open fresh ones.
  await Promise.all(h.context.pages().filter((open) => open.url().startsWith('chrome-extension://')).map((open) => open.close()));
}

/**
 * Collects every error the extension's own code raises: uncaught exceptions and unhandled rejections
 * in content scripts, extension pages and the worker, and errors they log. The saved site pages' own
 * scripts fail offline (their CDN is unreachable); those are the site's, not ours, and are skipped.
 */
export function watchErrors(context: BrowserContext): string[] {
  const errors: string[] = [];
  const ours = (where: string | undefined) => where?.includes('chrome-extension://') ?? false;
  context.on('weberror', (error) => {
    const { message, stack } = error.error();
    if (ours(stack) || ours(error.page()?.url())) errors.push(`uncaught: ${message}`);
  });
  context.on('console', (message) => {
    const where = [message.location().url, message.page()?.url(), message.worker()?.url()];
    if (message.type() === 'error' && where.some(ours)) errors.push(`console: ${message.text()}`);
  });
  // A worker's unhandled rejections reach no page: have each worker, restarted ones too, log them.
  const listen = (worker: Worker) =>
    void worker
      .evaluate(() =>
        self.addEventListener('unhandledrejection', (event) => console.error(`unhandled rejection in the worker: ${String((event as PromiseRejectionEvent).reason)}`)),
      )
      .catch(() => undefined); // stopped before it could listen
  context.serviceWorkers().forEach(listen);
  context.on('serviceworker', listen);
  return errors;
}
