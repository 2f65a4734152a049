import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import type { Contribution, Draft } from '../../lib/schema/contribution';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_BUILD = resolve(process.env.CT_OUT_DIR ?? '.output', 'firefox-mv2');
const ADDON_ID = 'contribution-tracker@example.org';
/** Fixed through a pref, so the tests know the extension's pages' addresses before installing it. */
export const UUID = '6f1e8c2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b';
export const EXTENSION_ORIGIN = `moz-extension://${UUID}`;

/** Serves one page: the body and its type, for a request whose URL the test recognises. */
export type Responder = (url: string) => { body: string; contentType?: string; status?: number } | undefined;

export interface FirefoxHarness {
  browser: Browser;
  /** A tab whose requests are answered by `serve`: pages under their real URLs, nothing from the network. */
  newPage(serve: Responder): Promise<Page>;
  /** Opens an extension page (popup.html…) in a tab and waits for its root to render. */
  openExtensionPage(path: string): Promise<Page>;
  entries(): Promise<Contribution[]>;
  seed(drafts: Draft[]): Promise<void>;
  close(): Promise<void>;
}

/** The `browser` global of extension pages, as far as these tests use it. */
interface ExtensionGlobals {
  browser: { runtime: { sendMessage(message: unknown): Promise<{ ok: boolean }> } };
}

/**
 * Real Firefox ESR with the Firefox build installed as a temporary add-on, driven over WebDriver
 * BiDi by puppeteer-core (Playwright's own Firefox cannot load extensions).
 */
export async function launchFirefox(): Promise<FirefoxHarness> {
  if (!existsSync(FIREFOX)) throw new Error(`Firefox ESR was not found at ${FIREFOX}: apt-get install firefox-esr (or set FIREFOX_PATH).`);
  if (!existsSync(resolve(FIREFOX_BUILD, 'manifest.json'))) throw new Error(`No Firefox build in ${FIREFOX_BUILD}: run "npm run build:firefox".`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // installExtension needs the privileged (system) part of the remote protocol.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }) },
  });
  await browser.installExtension(FIREFOX_BUILD);

  const openExtensionPage = async (path: string) => {
    const page = await browser.newPage();
    // Navigations to moz-extension: pages do not report their load over BiDi: wait for the content.
    void page.goto(`${EXTENSION_ORIGIN}/${path}`).catch(() => undefined);
    await page.waitForFunction(() => (document.getElementById('root')?.childElementCount ?? 0) > 0, { timeout: 20_000 });
    return page;
  };
  let probe: Page | undefined;
  const extensionPage = async () => (probe && !probe.isClosed() ? probe : (probe = await openExtensionPage('popup.html')));

  return {
    browser,
    async newPage(serve) {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request: HTTPRequest) => {
        const url = request.url();
        if (!/^https?:/.test(url)) return void request.continue();
        const answer = serve(url);
        if (!answer) return void request.abort('internetdisconnected');
        return void request.respond({ status: answer.status ?? 200, contentType: answer.contentType ?? 'text/html; charset=utf-8', body: answer.body });
      });
      return page;
    },
    openExtensionPage,
    async entries() {
      const page = await extensionPage();
      return page.evaluate(
        () =>
          new Promise<Contribution[]>((resolvePromise, reject) => {
            const request = indexedDB.open('contribution-tracker');
            request.onerror = () => reject(request.error);
            request.onsuccess = () => {
              const db = request.result;
              const all = db.transaction('contributions').objectStore('contributions').getAll();
              all.onsuccess = () => {
                db.close();
                resolvePromise(all.result as Contribution[]);
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
              (globalThis as unknown as ExtensionGlobals).browser.runtime.sendMessage({ type: 'captureContribution', captureId: `seed-${index}`, draft }),
            ),
          ),
        drafts,
      );
      const failed = replies.filter((reply) => !reply?.ok);
      if (failed.length) throw new Error(`seeding failed: ${JSON.stringify(failed[0])}`);
    },
    async close() {
      await browser.close();
    },
  };
}
