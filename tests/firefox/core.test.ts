import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import mvp from '../../lib/programs/mvp';
import { launchFirefox, type FirefoxHarness } from './harness';
import { blogPostAt, daysAgo } from '../helpers/portal-entries';

const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', 'stack-exchange', name), 'utf8');
const QUESTION = 'https://stackoverflow.com/questions/52742612/how-to-print-the-stack-trace-of-an-exception-object-in-python';

const MVP_URL = 'https://mvp.microsoft.com/en-US/account/';
const portalFixture = readFileSync(join(__dirname, '..', 'portal-fixtures', 'mvp-plain.html'), 'utf8');
const BLOG_AT = daysAgo(20);
const blogPost = blogPostAt(BLOG_AT);
const CHOICES = { technologyFocusArea: 'Azure Networking', additionalTechnologyAreas: ['PowerShell', 'DevOps'], targetAudience: ['Developer', 'IT Pro'] };

/** Runs `action` on the portal panel's shadow root, in the page. */
const inPanel = <T>(page: Page, action: (root: ShadowRoot, arg: string) => T, arg = '') =>
  page.evaluate(
    (source, value) => {
      const root = document.querySelector('contribution-tracker-portal')?.shadowRoot;
      if (!root) throw new Error('no portal panel');
      return (new Function('root', 'arg', `return (${source})(root, arg)`) as (root: ShadowRoot, arg: string) => T)(root, value);
    },
    action.toString(),
    arg,
  );

/** The text of the toast the content script shows (it lives in a shadow root). */
const toastText = (page: Page) =>
  page.waitForFunction(() => document.querySelector('contribution-tracker-toast')?.shadowRoot?.querySelector('[role] span')?.textContent, { timeout: 15_000 }).then((handle) => handle.jsonValue());

describe('the Firefox build in real Firefox ESR', () => {
  let ff: FirefoxHarness;
  beforeAll(async () => {
    ff = await launchFirefox();
  });
  afterAll(async () => {
    await ff?.close();
  });

  it('saves a Stack Overflow answer with one click, and the popup lists it under its year', async () => {
    const page = await ff.newPage((url) => (url.startsWith(QUESTION) ? { body: fixture('question-logged-in-author.html') } : undefined));
    await page.goto(QUESTION);
    const save = await page.waitForSelector('[data-contribution-tracker="save"] >>> button', { timeout: 15_000 });
    expect(await save!.evaluate((button) => button.textContent)).toBe('Save answer');
    await save!.click();
    expect(await toastText(page)).toBe('Saved to your contributions');
    await expect.poll(() => ff.entries(), { timeout: 10_000 }).toHaveLength(1);
    expect((await ff.entries())[0]).toMatchObject({ url: 'https://stackoverflow.com/a/52742770', author: 'Aran-Fey', own: true, source: 'one-click', publishedAt: '2018-10-10T14:39:21.000Z' });

    // The answer is from 2018: the period list reaches back to it.
    const popup = await ff.openExtensionPage('popup.html');
    await popup.waitForSelector('select option[value="year-2018"]', { timeout: 10_000 });
    await popup.select('header select', 'year-2018');
    const link = await popup.waitForSelector('ol.entries a[href="https://stackoverflow.com/a/52742770"]', { timeout: 10_000 });
    expect(await link!.evaluate((a) => a.closest('li')?.textContent)).toContain('Stack Exchange');
    await popup.close();
    await page.close();
  });

  it('fills an MVP activity on the portal from a saved blog post', async () => {
    await ff.seed([blogPost]);
    const extension = await ff.openExtensionPage('popup.html');
    await extension.evaluate((choices) => (globalThis as unknown as { browser: { storage: { local: { set(items: object): Promise<void> } } } }).browser.storage.local.set({ programChoices: { mvp: choices } }), CHOICES);
    await extension.close();
    const page = await ff.newPage((url) => (url.startsWith(MVP_URL) ? { body: portalFixture } : undefined));
    await page.goto(MVP_URL);
    await page.waitForSelector('contribution-tracker-portal >>> button.launcher', { timeout: 15_000 }).then((launcher) => launcher!.click());
    const year = Number(BLOG_AT.slice(0, 4));
    const period = [year, year + 1].map((y) => mvp.period(y)).find((p) => p.from <= BLOG_AT && BLOG_AT < p.to)!;
    const choose = (root: ShadowRoot, arg: string) => {
      const [id, value] = JSON.parse(arg) as [string, string];
      const select = root.getElementById(id) as HTMLSelectElement;
      const option = [...select.options].find((o) => o.value === value || o.textContent === value);
      if (!option) return false;
      select.value = option.value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      return true;
    };
    await expect.poll(() => inPanel(page, choose, JSON.stringify(['ct-period', period.from])), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => inPanel(page, choose, JSON.stringify(['ct-item', blogPost.title])), { timeout: 10_000 }).toBe(true);
    // Clicked through the browser's input, as a user clicks: a click() from the page's own script did not reach the panel here.
    await page.waitForSelector('contribution-tracker-portal >>> #ct-panel .actions button:not(.secondary)').then((fill) => fill!.click());
    await expect.poll(() => inPanel(page, (root) => root.querySelector('#ct-panel > p')?.textContent ?? ''), { timeout: 15_000 }).toMatch(/^Filled 12 of 12 fields/);
    expect(await page.evaluate(() => (window as unknown as { __formState(): Record<string, unknown> }).__formState())).toMatchObject({
      activityTypeName: 'Blog',
      technologyFocusArea: 'Azure Networking',
      title: 'Private endpoints in hub-and-spoke networks',
      url: 'https://blog.example.com/private-endpoints',
      date: BLOG_AT.slice(0, 10),
      numberOfViews: '1234',
    });
    await page.close();
  });
});
