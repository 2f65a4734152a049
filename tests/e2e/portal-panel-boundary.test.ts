import type { Frame, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FILLER_FILE, FILLER_GLOBAL } from '../../lib/autofill/portal-channel';
import mvp from '../../lib/programs/mvp';
import type { Draft } from '../../lib/schema/contribution';
import { fixture } from '../helpers/portal-fixtures';
import { launchWithExtension, openPortalPanel, panelFramesIn, portalLauncher, type Harness } from './harness';

/**
 * Issue 13, point 3, on the portal: the panel that lists the user's entries is an extension frame
 * in a closed shadow root. The portal page's own script (page.evaluate runs in the page's world, as
 * the site's scripts do) tries to read the entries, to open the panel and to press Fill, and gets
 * nowhere; a person's click on the launcher opens the panel, and one in the panel fills the form.
 */
const URL_ = 'https://mvp.microsoft.com/en-US/account/';
const AT = new Date(Date.now() - 20 * 86_400_000).toISOString().replace(/T.*/, 'T09:00:00.000Z');
const SECRET_TITLE = 'Unpublished draft: zero-trust rollout at Contoso';
const entry: Draft = {
  kind: 'blog-post',
  platform: 'wordpress',
  url: 'https://blog.example.com/zero-trust-contoso',
  title: SECRET_TITLE,
  excerpt: 'Internal notes the portal must not read.',
  publishedAt: AT,
  own: true,
  source: 'auto',
  metrics: { views: 12 },
};
const period = [0, 1].map((add) => mvp.period(Number(AT.slice(0, 4)) + add)).find((p) => p.from <= AT && AT < p.to)!;

interface FormWindow {
  __formState: () => Record<string, unknown>;
}

/** Evaluates `expression` in our content script's isolated world of the page's top frame, over DevTools. */
async function inOurWorld(page: Page, extensionId: string, expression: string): Promise<unknown> {
  const session = await page.context().newCDPSession(page);
  try {
    const contexts: { id: number; origin: string; auxData?: { isDefault?: boolean } }[] = [];
    session.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
    await session.send('Runtime.enable');
    const ours = contexts.find((context) => context.origin === `chrome-extension://${extensionId}` && !context.auxData?.isDefault);
    if (!ours) throw new Error('our content script does not run on this page');
    const { result } = (await session.send('Runtime.evaluate', { contextId: ours.id, expression, returnByValue: true })) as { result: { value: unknown } };
    return result.value;
  } finally {
    await session.detach();
  }
}

describe('the portal panel and the portal’s own scripts', () => {
  let h: Harness;

  beforeEach(async () => {
    h = await launchWithExtension();
    await h.serve('https://mvp.microsoft.com/static/mvp-kit.js', (route) => route.fulfill({ contentType: 'text/javascript', body: fixture('mvp/kit.js') }));
    await h.serve(URL_, fixture('mvp/add-activity.html'));
    await h.seed([entry]);
  });
  afterEach(async () => {
    await h?.close();
  });

  async function openWithItem(opened?: Page) {
    const page = opened ?? (await h.context.newPage());
    if (!opened) {
      await page.goto(URL_);
      await page.getByRole('button', { name: 'Add Activity' }).click();
    }
    const frame = await openPortalPanel(page);
    const panel = frame.getByRole('region', { name: 'Fill this Microsoft MVP form' });
    await panel.getByLabel('Period').selectOption(period.from);
    await expect.poll(() => panel.getByLabel('Fill with').locator('option').allTextContents(), { timeout: 10_000 }).toContain(SECRET_TITLE);
    await panel.getByLabel('Fill with').selectOption({ label: SECRET_TITLE });
    await expect.poll(() => panel.getByRole('list', { name: 'Plan' }).textContent(), { timeout: 10_000 }).toContain(SECRET_TITLE);
    return { page, frame, panel };
  }

  it('cannot read the entries the panel lists, nor press its Fill button', async () => {
    const { page, frame } = await openWithItem();
    const attack = await page.evaluate(() => {
      const host = document.querySelector('contribution-tracker-portal');
      const reads: string[] = [];
      for (let index = 0; index < window.frames.length; index += 1) {
        try {
          reads.push(window.frames[index]!.document.body.innerText);
        } catch (error) {
          reads.push(`refused: ${(error as Error).name}`);
        }
      }
      // Press whatever can be reached: the host, and anything a query finds by the button's name.
      host?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      (host as HTMLElement | null)?.click();
      const buttons = [...document.querySelectorAll('button')].filter((button) => /fill/i.test(button.textContent ?? ''));
      buttons.forEach((button) => button.click());
      for (let index = 0; index < window.frames.length; index += 1) window.frames[index]!.postMessage({ op: 'fill' }, '*');
      const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage;
      return {
        hostFound: host !== null,
        shadowRoot: host?.shadowRoot === null ? 'closed' : 'open',
        reads,
        pageText: document.documentElement.innerHTML.includes('zero-trust rollout'),
        fillButtonsFound: buttons.length,
        iframes: document.querySelectorAll('iframe').length,
        extensionMessaging: typeof runtime,
      };
    });
    expect(attack).toMatchObject({ hostFound: true, shadowRoot: 'closed', pageText: false, fillButtonsFound: 0, extensionMessaging: 'undefined' });
    // A frame in a shadow tree is not one of window.frames, and no query reaches it.
    expect(attack.reads).toEqual([]);
    expect(attack.iframes).toBe(0);

    // A script in the panel's own frame is not a person either: its click is not trusted.
    await frame.evaluate(() => {
      const root = document.querySelector('contribution-tracker-portal')!.shadowRoot!;
      [...root.querySelectorAll('button')].find((button) => button.textContent === 'Fill the form')!.click();
    });
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => (window as unknown as FormWindow).__formState().title)).toBe('');
    expect(await page.getByLabel('Title').inputValue()).toBe('');
  });

  it('fills the form on a person’s click in the panel', async () => {
    const { page, panel } = await openWithItem();
    await panel.getByRole('button', { name: 'Fill the form' }).click();
    await expect.poll(() => panel.getByRole('status').textContent(), { timeout: 20_000 }).toMatch(/^Filled \d+ of \d+ fields\. Check the form/);
    expect(await page.evaluate(() => (window as unknown as FormWindow).__formState().title)).toBe(SECRET_TITLE);
  });

  it('loads the form filler only when the panel first asks, into our isolated world, out of the page’s reach', async () => {
    const page = await h.context.newPage();
    await page.goto(URL_);
    await portalLauncher(page);
    const loaded = `typeof globalThis.${FILLER_GLOBAL}`;
    // The page loaded and the launcher is there: no form has been read, so no filler was evaluated.
    expect(await inOurWorld(page, h.extensionId, loaded)).toBe('undefined');
    await page.getByRole('button', { name: 'Add Activity' }).click();
    const { panel } = await openWithItem(page);
    await panel.getByRole('button', { name: 'Fill the form' }).click();
    await expect.poll(() => panel.getByRole('status').textContent(), { timeout: 20_000 }).toMatch(/^Filled \d+ of \d+ fields/);
    expect(await inOurWorld(page, h.extensionId, loaded)).toBe('function');
    // The page's own world has no filler, and the file is not at the extension's fixed address (Chrome serves it under a per-session one).
    const fixed = `chrome-extension://${h.extensionId}${FILLER_FILE}`;
    const seen = await page.evaluate(
      async ({ name, url }) => ({ global: name in window, fetched: await fetch(url).then((response) => response.ok, () => false) }),
      { name: FILLER_GLOBAL, url: fixed },
    );
    expect(seen).toEqual({ global: false, fetched: false });
  });

  /** The focused node of the page's accessibility tree, as the browser exposes it. */
  async function focusedNode(page: Page) {
    const session = await page.context().newCDPSession(page);
    try {
      type AXValue = { value?: unknown };
      const { nodes } = (await session.send('Accessibility.getFullAXTree')) as {
        nodes: { role?: AXValue; name?: AXValue; properties?: { name: string; value: AXValue }[] }[];
      };
      // The document has the focus too: the element holding it is the innermost, listed last.
      const focused = nodes.findLast((node) => node.properties?.some((property) => property.name === 'focused' && property.value.value === true));
      return focused && { role: focused.role?.value, name: focused.name?.value };
    } finally {
      await session.detach();
    }
  }

  /** The item select has the focus inside the panel's frame (its shadow root is open, for the frame's own scripts). */
  const panelFocus = (frame: Frame) => frame.evaluate(() => document.querySelector('contribution-tracker-portal')?.shadowRoot?.activeElement?.id ?? null);

  it('makes no panel frame at load, nor for the page’s own clicks and keys: only a person’s click does, and the panel is open', async () => {
    const page = await h.context.newPage();
    await page.goto(URL_);
    await page.getByRole('button', { name: 'Add Activity' }).click();
    await portalLauncher(page);
    await page.waitForTimeout(500);
    expect(panelFramesIn(page)).toHaveLength(0);

    const reached = await page.evaluate(() => {
      const host = document.querySelector('contribution-tracker-portal') as HTMLElement;
      host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      for (const key of ['Enter', ' ']) {
        host.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
        host.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, composed: true }));
      }
      host.click();
      // Everything a page script can reach and press: the host's children, its shadow root (null when
      // closed), any button named like the launcher, and the focused element once the host has the focus.
      const reachable = [...host.querySelectorAll<HTMLElement>('*'), ...(host.shadowRoot?.querySelectorAll<HTMLElement>('*') ?? [])];
      const named = [...document.querySelectorAll('button')].filter((button) => /contributions/i.test(button.textContent ?? ''));
      [...reachable, ...named].forEach((element) => element.click());
      host.focus();
      (document.activeElement as HTMLElement | null)?.click();
      return { reachable: reachable.length, named: named.length, focused: document.activeElement?.tagName };
    });
    expect(reached).toMatchObject({ reachable: 0, named: 0 });
    await page.waitForTimeout(1500);
    expect(panelFramesIn(page)).toHaveLength(0);

    const frame = await openPortalPanel(page);
    expect(panelFramesIn(page)).toHaveLength(1);
    await expect.poll(() => frame.getByRole('region', { name: 'Fill this Microsoft MVP form' }).isVisible()).toBe(true);
    await expect.poll(() => panelFocus(frame)).toBe('ct-item');
  });

  it('opens from the keyboard, and closing hides the frame, keeps it, and gives the focus back to the launcher', async () => {
    const page = await h.context.newPage();
    await page.goto(URL_);
    const launcher = await portalLauncher(page);
    // The launcher is a real button: Tab reaches it, and assistive technology reads its role and name
    // (from the browser's accessibility tree: locators do not enter the closed root).
    const reach = async () => {
      for (let tries = 0; tries < 40; tries += 1) {
        await page.keyboard.press('Tab');
        if ((await page.evaluate(() => document.activeElement?.tagName)) === 'CONTRIBUTION-TRACKER-PORTAL') return focusedNode(page);
      }
      throw new Error('Tab never reached the launcher.');
    };
    expect(await reach()).toEqual({ role: 'button', name: 'Fill from your contributions' });
    await page.keyboard.press('Enter');
    await expect.poll(() => panelFramesIn(page).length).toBe(1);
    const frame = panelFramesIn(page)[0]!;
    const region = frame.getByRole('region', { name: 'Fill this Microsoft MVP form' });
    await expect.poll(() => region.isVisible()).toBe(true);
    await expect.poll(() => panelFocus(frame)).toBe('ct-item');

    await page.keyboard.press('Escape');
    // The launcher is back in its place with the focus; the frame is hidden, not gone.
    await expect.poll(async () => (await portalLauncher(page)).width).toBe(launcher.width);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('CONTRIBUTION-TRACKER-PORTAL');
    expect(panelFramesIn(page)).toHaveLength(1);
    expect(await (await frame.frameElement()).isVisible()).toBe(false);

    // Space on the focused launcher opens the same frame again, straight into the panel.
    await page.keyboard.press('Space');
    await expect.poll(() => region.isVisible()).toBe(true);
    expect(panelFramesIn(page)).toEqual([frame]);
    await expect.poll(() => panelFocus(frame)).toBe('ct-item');
    await region.getByRole('button', { name: 'Close' }).click();
    await expect.poll(async () => (await portalLauncher(page)).width).toBe(launcher.width);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('CONTRIBUTION-TRACKER-PORTAL');
  });
});
