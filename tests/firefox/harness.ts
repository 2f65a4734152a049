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
export type Responder = (url: string) => { body: string; contentType?: string; status?: number; headers?: Record<string, string> } | undefined;

/** An extension frame in a page (the portal panel), driven over WebDriver BiDi. */
export interface ExtensionFrame {
  /** Runs `source`, a function's text, in the frame; what it returns travels as JSON. */
  evaluate<T>(source: string): Promise<T>;
  /** A real click (the browser's own input, as a person's) at the centre of what `source` returns in the frame. */
  click(source: string): Promise<void>;
}

export interface FirefoxHarness {
  browser: Browser;
  /** A tab whose requests are answered by `serve`: pages under their real URLs, nothing from the network. */
  newPage(serve: Responder): Promise<Page>;
  /** Opens an extension page (popup.html…) in a tab and waits for its root to render. */
  openExtensionPage(path: string): Promise<Page>;
  /**
   * The extension frame showing `path` inside `page`, whose frame element's box is `hostSelector`'s.
   * Puppeteer's frames do not follow a frame to a moz-extension: page; BiDi itself does.
   */
  extensionFrame(page: Page, path: string, hostSelector: string): Promise<ExtensionFrame>;
  /**
   * Runs the extension's keyboard shortcut (`key` with `modifiers`, as "alt,shift") in the browser
   * window: the key element Firefox built from the manifest's command does what the key press does.
   * WebDriver's key presses reach the page, never the browser window's shortcuts.
   */
  pressShortcut(key: string, modifiers: string): Promise<void>;
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

  const bidi = (browser as unknown as { connection: BidiConnection }).connection;
  const extensionFrame = async (page: Page, path: string, hostSelector: string): Promise<ExtensionFrame> => {
    const url = `${EXTENSION_ORIGIN}/${path}`;
    let context: string | undefined;
    for (let tries = 0; !context && tries < 100; tries += 1) {
      const { result } = await bidi.send('browsingContext.getTree', {});
      context = findContext(result.contexts, url);
      if (!context) await new Promise((resolvePromise) => setTimeout(resolvePromise, 150));
    }
    if (!context) throw new Error(`no frame shows ${url}`);
    const evaluate = async <T>(source: string): Promise<T> => {
      const { result } = await bidi.send('script.evaluate', { expression: `(async () => JSON.stringify(await (${source})()))()`, target: { context }, awaitPromise: true });
      if (result.type !== 'success') throw new Error(`in the frame: ${result.exceptionDetails?.text ?? 'an exception'}`);
      return JSON.parse(result.result.value ?? 'null') as T;
    };
    return {
      evaluate,
      async click(source) {
        const box = await evaluate<{ x: number; y: number; width: number; height: number } | null>(
          `async () => { const element = await (${source})(); if (!element) return null; const r = element.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; }`,
        );
        if (!box) throw new Error('nothing to click in the frame');
        const frame = await page.$eval(hostSelector, (host) => host.getBoundingClientRect().toJSON() as { x: number; y: number });
        await page.mouse.click(frame.x + box.x + box.width / 2, frame.y + box.y + box.height / 2);
      },
    };
  };

  const pressShortcut = async (key: string, modifiers: string) => {
    const { result: tree } = await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const window = tree.contexts.find((candidate) => candidate.url === 'chrome://browser/content/browser.xhtml');
    if (!window) throw new Error('no browser window to press the shortcut in');
    const keyset = `ext-keyset-id-${ADDON_ID.replace(/[^a-z0-9_-]/gi, '_')}`;
    const { result } = await bidi.send('script.evaluate', {
      expression: `(() => {
        const keys = [...(document.getElementById(${JSON.stringify(keyset)})?.children ?? [])];
        const found = keys.find((k) => k.getAttribute('key') === ${JSON.stringify(key)} && k.getAttribute('modifiers') === ${JSON.stringify(modifiers)});
        if (!found) return 'no such shortcut: ' + JSON.stringify(keys.map((k) => [k.getAttribute('key'), k.getAttribute('modifiers')]));
        found.doCommand();
        return 'pressed';
      })()`,
      target: { context: window.context },
      awaitPromise: false,
    });
    const answer = result.type === 'success' ? result.result.value : result.exceptionDetails?.text;
    if (answer !== 'pressed') throw new Error(String(answer));
  };

  return {
    browser,
    extensionFrame,
    pressShortcut,
    async newPage(serve) {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request: HTTPRequest) => {
        const url = request.url();
        if (!/^https?:/.test(url)) return void request.continue();
        const answer = serve(url);
        if (!answer) return void request.abort('internetdisconnected');
        return void request.respond({ status: answer.status ?? 200, contentType: answer.contentType ?? 'text/html; charset=utf-8', body: answer.body, ...(answer.headers ? { headers: answer.headers } : {}) });
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

interface BidiContext {
  context: string;
  url: string;
  children?: BidiContext[] | null;
}

/** The raw WebDriver BiDi connection puppeteer-core keeps (its frames miss extension frames). */
interface BidiConnection {
  send(method: 'browsingContext.getTree', params: object): Promise<{ result: { contexts: BidiContext[] } }>;
  send(
    method: 'script.evaluate',
    params: object,
  ): Promise<{ result: { type: 'success'; result: { value?: string } } | { type: 'exception'; exceptionDetails?: { text?: string } } }>;
}

function findContext(contexts: readonly BidiContext[], url: string): string | undefined {
  for (const candidate of contexts) {
    if (candidate.url.startsWith(url)) return candidate.context;
    const inner = findContext(candidate.children ?? [], url);
    if (inner) return inner;
  }
  return undefined;
}
