import type { Page } from 'playwright-core';
import { launchWithExtension, type Harness } from '../tests/e2e/harness';

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
