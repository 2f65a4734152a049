import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mvp from '../../lib/programs/mvp';
import { blogPostAt, daysAgo, windowOf, ymd } from '../helpers/portal-entries';
import { launchFirefox, type ExtensionFrame, type FirefoxHarness } from './harness';

/**
 * Portal autofill in real Firefox ESR. There the panel (an extension frame in the portal page) runs
 * with the content scripts' APIs only, so it reaches the form through the background's relay, and the
 * background learns the tab's address from the portal script in its top frame.
 */
const MVP_URL = 'https://mvp.microsoft.com/en-US/account/';
const MVP_API = 'https://mavenapi-prod.azurewebsites.net/api/Activities/';
const plainForm = readFileSync(join(__dirname, '..', '..', 'lib', 'programs', 'mvp', 'fixtures', 'plain.html'), 'utf8');
const BLOG_AT = daysAgo(20);
const blogPost = blogPostAt(BLOG_AT);
const CHOICES = { technologyFocusArea: 'Azure Networking', additionalTechnologyAreas: ['PowerShell', 'DevOps'], targetAudience: ['Developer', 'IT Pro'] };
const HOST = 'contribution-tracker-portal';

interface FormWindow {
  __formState(): Record<string, unknown>;
}

/** The panel's own (open) shadow root inside its frame, as an expression for ExtensionFrame. */
const inPanel = (body: string) => `() => { const root = document.querySelector('${HOST}').shadowRoot; ${body} }`;

describe('portal autofill in real Firefox ESR', () => {
  let ff: FirefoxHarness;
  beforeAll(async () => {
    ff = await launchFirefox();
  });
  afterAll(async () => {
    await ff?.close();
  });

  it('fills an MVP activity from a saved blog post on a person’s clicks in the panel, which the page can neither read nor press', async () => {
    await ff.seed([blogPost]);
    const extension = await ff.openExtensionPage('popup.html');
    await extension.evaluate(
      (choices) => (globalThis as unknown as { browser: { storage: { local: { set(items: object): Promise<void> } } } }).browser.storage.local.set({ programChoices: { mvp: choices } }),
      CHOICES,
    );
    await extension.close();

    const saves: string[] = [];
    const page = await ff.newPage((url) => {
      if (url.startsWith(MVP_URL)) return { body: plainForm };
      if (!url.startsWith(MVP_API)) return undefined;
      // The portal's API, cross-origin as on the real portal.
      saves.push(url);
      return { body: '{"contributionId":42}', contentType: 'application/json', headers: { 'access-control-allow-origin': 'https://mvp.microsoft.com' } };
    });
    await page.goto(MVP_URL);
    // The page load shows only the launcher (a button in the script's closed root): a person's click on it makes the panel's frame, open.
    const launcher = async () => page.$eval(HOST, (host) => host.getBoundingClientRect().toJSON() as { x: number; y: number; width: number; height: number }).catch(() => null);
    await expect.poll(async () => (await launcher())?.width ?? 0, { timeout: 15_000 }).toBeGreaterThan(0);
    const box = (await launcher())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const panel: ExtensionFrame = await ff.extensionFrame(page, 'portal-panel.html', HOST);
    await expect.poll(() => panel.evaluate<boolean>(inPanel(`return root?.querySelector('#ct-panel')?.hidden === false;`)), { timeout: 15_000 }).toBe(true);

    // The period the post falls in, then the post: picking only shows what a fill would do.
    const period = windowOf(mvp, BLOG_AT).from;
    const choose = (id: string, value: string) =>
      panel.evaluate<boolean>(
        inPanel(`const select = root.getElementById('${id}'); const option = [...select.options].find((o) => o.value === ${JSON.stringify(value)} || o.textContent === ${JSON.stringify(value)});
        if (!option) return false; select.value = option.value; select.dispatchEvent(new Event('change', { bubbles: true })); return true;`),
      );
    await expect.poll(() => choose('ct-period', period), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => choose('ct-item', blogPost.title), { timeout: 15_000 }).toBe(true);
    const status = () => panel.evaluate<string>(inPanel(`return root.querySelector('#ct-panel [role=status]').textContent;`));

    // The page's own script: the panel's frame is cross-origin and in a closed root; its text is not in the page.
    const attack = await page.evaluate(() => {
      const reads: string[] = [];
      for (let index = 0; index < window.frames.length; index += 1) {
        try {
          reads.push(window.frames[index]!.document.body.innerText);
        } catch (error) {
          reads.push(`refused: ${(error as Error).name}`);
        }
      }
      const host = document.querySelector('contribution-tracker-portal');
      return { reads, shadowRoot: host?.shadowRoot ?? null, leaked: document.documentElement.innerHTML.includes('hub-and-spoke') };
    });
    expect(attack.shadowRoot).toBeNull();
    expect(attack.leaked).toBe(false);
    expect(attack.reads.every((read) => read.startsWith('refused'))).toBe(true);

    // A script's click inside the panel is not a person's: nothing is filled.
    await panel.evaluate(inPanel(`[...root.querySelectorAll('button')].find((b) => b.textContent === 'Fill the form').click(); return true;`));
    await new Promise((resolvePromise) => setTimeout(resolvePromise, 1000));
    expect((await page.evaluate(() => (window as unknown as FormWindow).__formState())).title).toBe('');

    await panel.click(inPanel(`return [...root.querySelectorAll('button')].find((b) => b.textContent === 'Fill the form');`));
    await expect.poll(status, { timeout: 20_000 }).toMatch(/^Filled 12 of 12 fields/);
    expect(await page.evaluate(() => (window as unknown as FormWindow).__formState())).toMatchObject({
      activityTypeName: 'Blog',
      technologyFocusArea: 'Azure Networking',
      title: 'Private endpoints in hub-and-spoke networks',
      url: 'https://blog.example.com/private-endpoints',
      date: ymd(BLOG_AT),
      numberOfViews: '1234',
    });

    // The portal's own Save: the entry is marked submitted to the MVP program.
    await page.locator('button ::-p-text(Save)').click();
    await expect.poll(() => saves.length, { timeout: 10_000 }).toBe(1);
    await expect.poll(async () => (await ff.entries())[0]?.programs.mvp?.status, { timeout: 15_000 }).toBe('submitted');
    await expect.poll(status, { timeout: 10_000 }).toBe('Saved on the portal: marked 1 entry as submitted to Microsoft MVP.');
    await page.close();
  });
});
