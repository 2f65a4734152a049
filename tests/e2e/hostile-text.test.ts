import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchErrors } from './extension-state';
import { launchWithExtension, type Harness } from './harness';
import { QUESTION_URL, questionWithAnswers } from './stack-exchange-page';
import { saveButtons, toastText } from './our-ui';

/**
 * Text from the web is data. Whatever a page holds (markup, script URLs, bidirectional overrides,
 * walls of text), it is stored as text and shown as text: no dialog opens, no script runs, no
 * content-security-policy violation is reported, and links are http(s) only.
 */
const ANSWER = 72000001;
const TITLE = `<script>window.__pwned='title'</script><img src=x onerror="window.__pwned='img'"> \u202Eevil.exe\u202C [docs](javascript:alert(1))`;
const BODY = `<img src=x onerror="alert('body')"> <a href="javascript:alert(1)">click</a> ${'very long text '.repeat(2_200)}`;
const AUTHOR = '<b onmouseover=alert(1)>\u202Eadmin</b>';
const SCRIPT_LINK_TITLE = 'An old import that linked to a script';

/** Installed before any page script, in site pages and extension pages alike. */
function listenForViolations() {
  const scope = globalThis as unknown as { __violations: string[] };
  scope.__violations = [];
  document.addEventListener('securitypolicyviolation', (event) => scope.__violations.push(`${event.violatedDirective} ${event.blockedURI}`));
}

async function expectNothingRan(page: Page) {
  const state = await page.evaluate(() => {
    const scope = globalThis as unknown as { __pwned?: string; __violations?: string[] };
    return { pwned: scope.__pwned, violations: scope.__violations, injected: document.querySelectorAll('img[src="x"], b[onmouseover]').length };
  });
  expect(state).toEqual({ pwned: undefined, violations: [], injected: 0 });
}

/** Every link on one of our pages leads to http(s), or stays inside the extension. */
async function expectOnlyWebLinks(page: Page) {
  const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(hrefs.filter((href) => !/^(https?:|#|blob:|chrome-extension:|\/)/i.test(href))).toEqual([]);
}

describe('hostile captured text', () => {
  let h: Harness;
  let dialogs: string[];
  let consoleCsp: string[];
  let errors: string[];
  beforeEach(async () => {
    h = await launchWithExtension();
    dialogs = [];
    consoleCsp = [];
    errors = watchErrors(h.context);
    await h.context.addInitScript(listenForViolations);
    h.context.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    h.context.on('console', (message) => {
      if (/Content.Security.Policy|Refused to (execute|evaluate|load)/i.test(message.text())) consoleCsp.push(message.text());
    });
  });
  afterEach(async () => {
    await h?.close();
  });

  it('is stored and shown as text in the page’s toast, the popup and the dashboard', async () => {
    const postedAt = new Date().toISOString().slice(0, 19);
    await h.serve(QUESTION_URL, questionWithAnswers([{ id: ANSWER, body: BODY, author: AUTHOR, postedAt }], TITLE));
    const site = await h.context.newPage();
    await site.goto(QUESTION_URL);
    await saveButtons(site, `#answer-${ANSWER}`).click();
    await expect.poll(() => h.entries()).toHaveLength(1);
    const [entry] = await h.entries();
    expect(entry).toMatchObject({ title: TITLE, contextTitle: TITLE, author: AUTHOR, url: `https://stackoverflow.com/a/${ANSWER}` });
    expect(entry!.excerpt.startsWith(`<img src=x onerror="alert('body')"> <a href="javascript:alert(1)">click</a>`)).toBe(true);
    expect(await toastText(site)).toMatch(/^Saved to your contributions/);
    await expectNothingRan(site);

    // An entry written before links were checked (an old import): shown, but never as a script link.
    const popup = await h.openExtensionPage('popup.html');
    await popup.evaluate(async (title) => {
      const open = indexedDB.open('contribution-tracker');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const now = new Date().toISOString();
      const put = db.transaction('contributions', 'readwrite').objectStore('contributions').put({
        id: 'script-link', kind: 'blog-post', platform: 'generic', url: "javascript:window.__pwned='link'", title, excerpt: '',
        publishedAt: now, capturedAt: now, source: 'import', own: true, evidence: {}, tags: [], notes: '', privateNotes: '', programs: {},
      });
      await new Promise((resolve, reject) => {
        put.onsuccess = resolve;
        put.onerror = () => reject(put.error);
      });
      db.close();
    }, SCRIPT_LINK_TITLE);
    await popup.reload();

    for (const page of [popup, await h.openExtensionPage('dashboard.html')]) {
      const hostile = page.locator('a').filter({ hasText: 'window.__pwned' }).first();
      await hostile.waitFor();
      expect(await hostile.textContent()).toBe(TITLE);
      expect(await hostile.getAttribute('href')).toBe(`https://stackoverflow.com/a/${ANSWER}`);
      const scripted = page.getByText(SCRIPT_LINK_TITLE).first();
      await scripted.waitFor();
      expect(await scripted.evaluate((element) => element.closest('a')?.getAttribute('href') ?? null)).toBeNull();
      await scripted.click();
      await expectOnlyWebLinks(page);
      await expectNothingRan(page);
    }
    expect({ dialogs, consoleCsp, errors }).toEqual({ dialogs: [], consoleCsp: [], errors: [] });
  });
});
