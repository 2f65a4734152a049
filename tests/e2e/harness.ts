import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Frame, type Page, type Route } from 'playwright-core';
import type { LinkedContribution, Draft } from '../../lib/schema/contribution';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXTENSION_DIR = resolve(process.env.CT_OUT_DIR ?? '.output', 'chrome-mv3');

/** The part of the `chrome` global that code evaluated in extension pages uses. */
interface ExtensionGlobals {
  chrome: { runtime: { sendMessage(message: unknown): Promise<{ ok: boolean }> } };
}

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  /** Serves `html` (or lets `handler` answer) for every request matching the glob, under the real URL. */
  serve(glob: string, body: string | ((route: Route) => Promise<void> | void)): Promise<void>;
  /** Everything the extension has stored, read straight from its IndexedDB. */
  entries(): Promise<LinkedContribution[]>;
  /** Stores drafts through the background, as an extension page would. */
  seed(drafts: Draft[]): Promise<void>;
  /** Opens one of the extension's pages (popup.html, dashboard.html…) in a tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** Stops the background service worker, as the browser does when it is idle. */
  stopServiceWorker(): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Reuse this profile folder (to reopen a browser that was closed); it is kept on close. */
  profileDir?: string;
  /** Another unpacked extension instead of ours (the benchmark's no-op extension). */
  extensionDir?: string;
}

/** Launches Debian's Chromium, headless, with the built extension loaded and no real network. */
export async function launchWithExtension({ profileDir, extensionDir = EXTENSION_DIR }: LaunchOptions = {}): Promise<Harness> {
  const profile = profileDir ?? mkdtempSync(join(tmpdir(), 'ct-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--host-resolver-rules=MAP * ~NOTFOUND',
    ],
  });
  // Anything not served by a test fails fast instead of waiting on DNS.
  await context.route((url) => url.protocol === 'https:' || url.protocol === 'http:', (route) => route.abort('internetdisconnected'));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  let probe: Page | undefined;

  const extensionPage = async () => {
    if (!probe || probe.isClosed()) {
      probe = await context.newPage();
      await probe.goto(`chrome-extension://${extensionId}/popup.html`);
    }
    return probe;
  };

  return {
    context,
    extensionId,
    async serve(glob, body) {
      await context.route(glob, typeof body === 'string' ? (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body }) : body);
    },
    async entries() {
      const page = await extensionPage();
      return page.evaluate(
        () =>
          new Promise<LinkedContribution[]>((resolvePromise, reject) => {
            const request = indexedDB.open('contribution-tracker');
            // Never create the database from here: if it does not exist yet, nothing was stored.
            request.onupgradeneeded = () => request.transaction?.abort();
            request.onerror = () => resolvePromise([]);
            request.onsuccess = () => {
              const db = request.result;
              if (!db.objectStoreNames.contains('contributions')) {
                db.close();
                resolvePromise([]);
                return;
              }
              const all = db.transaction('contributions').objectStore('contributions').getAll();
              all.onsuccess = () => {
                db.close();
                resolvePromise(all.result as LinkedContribution[]);
              };
              all.onerror = () => reject(all.error);
            };
          }),
      );
    },
    async seed(drafts) {
      const page = await extensionPage();
      const replies = await page.evaluate(
        (items) =>
          Promise.all(
            items.map((draft, index) =>
              (globalThis as unknown as ExtensionGlobals).chrome.runtime.sendMessage({
                type: 'captureContribution',
                captureId: `seed-${index}`,
                draft,
              }),
            ),
          ),
        drafts,
      );
      const failed = replies.filter((reply: { ok: boolean }) => !reply?.ok);
      if (failed.length) throw new Error(`seeding failed: ${JSON.stringify(failed[0])}`);
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async stopServiceWorker() {
      // On a loaded runner the probe page's target can be gone while Playwright still holds the page
      // ("No target with given id found"): the stop is then made from a fresh probe page.
      for (let attempt = 1; ; attempt += 1) {
        const page = await extensionPage();
        try {
          const session = await context.newCDPSession(page);
          await session.send('ServiceWorker.enable');
          await session.send('ServiceWorker.stopAllWorkers');
          await session.detach();
          return;
        } catch (error) {
          if (attempt === 3) throw error;
          probe = undefined;
          await page.close().catch(() => undefined);
        }
      }
    },
    async close() {
      await context.close();
      if (!profileDir) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The portal panel: an extension frame the portal content script puts in a closed shadow root when a
 * person presses its launcher (a button in that root). Found through the page's frames (as the
 * user's clicks reach it), never through the page's DOM.
 */
export const panelFramesIn = (page: Page) => page.frames().filter((candidate) => candidate.url().startsWith('chrome-extension://') && candidate.url().includes('/portal-panel.html'));
const panelFrameIn = (page: Page) => panelFramesIn(page)[0];

/** The portal script's launcher, once shown: the host element's box (locators do not enter its closed root). */
export async function portalLauncher(page: Page): Promise<{ x: number; y: number; width: number; height: number }> {
  const host = page.locator('contribution-tracker-portal');
  for (let tries = 0; tries < 100; tries += 1) {
    const box = (await host.count()) ? await host.boundingBox() : null;
    if (box && box.width > 0 && box.height > 0) return box;
    await page.waitForTimeout(100);
  }
  throw new Error('The portal launcher did not appear.');
}

/** Opens the panel as a person does, by a real click on the launcher, and returns its frame once the panel shows. */
export async function openPortalPanel(page: Page): Promise<Frame> {
  const box = await portalLauncher(page);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  for (let tries = 0; tries < 100; tries += 1) {
    const frame = panelFrameIn(page);
    if (frame) {
      await frame.getByRole('button', { name: 'Close' }).waitFor();
      return frame;
    }
    await page.waitForTimeout(100);
  }
  throw new Error('The portal panel did not appear.');
}

/** Waits until the panel's frame keeps its place: the page resizes it to the panel's content a moment after that changes. */
export async function panelSettled(page: Page): Promise<void> {
  const frame = panelFrameIn(page);
  if (!frame) throw new Error('The portal panel is not on the page.');
  const element = await frame.frameElement();
  let last = '';
  for (let tries = 0; tries < 50; tries += 1) {
    const box = JSON.stringify(await element.boundingBox());
    if (box === last) return;
    last = box;
    await page.waitForTimeout(100);
  }
  throw new Error('The portal panel kept moving.');
}
