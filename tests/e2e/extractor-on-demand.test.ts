import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchWithExtension, type Harness } from './harness';
import { saveButtons } from './our-ui';
import { fixture, QUESTION_URL } from './stack-exchange-page';

/**
 * The capture content script is a detector; the family's extractor (extract-qa-sites.js) is imported
 * only when something calls for it (lib/capture/detect-main.ts). Its one trace is the start function
 * it leaves on the isolated world's global object, read here over the DevTools protocol, where the
 * page's own scripts cannot look.
 */
const SLOT = 'contributionTracker:extractor:qa-sites';

/** Evaluates an expression in our content script's isolated world on this page. */
async function inOurWorld(page: Page, extensionId: string, expression: string): Promise<unknown> {
  const session = await page.context().newCDPSession(page);
  try {
    const contexts: { id: number; origin: string }[] = [];
    session.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
    await session.send('Runtime.enable');
    const ours = contexts.find((context) => context.origin === `chrome-extension://${extensionId}`);
    if (!ours) throw new Error('no content script world on the page');
    const { result } = await session.send('Runtime.evaluate', { expression, contextId: ours.id, returnByValue: true });
    return result.value;
  } finally {
    await session.detach().catch(() => undefined);
  }
}

const extractorLoaded = (page: Page, h: Harness) => inOurWorld(page, h.extensionId, `typeof globalThis[${JSON.stringify(SLOT)}] === 'function'`);

describe('the extractor, loaded on demand', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await launchWithExtension();
  });
  afterEach(async () => {
    await h?.close();
  });

  it('is not evaluated on a page load without any action, and is once the user presses Save', async () => {
    await h.serve(QUESTION_URL, fixture('question-anonymous.html'));
    // The first visit looks once for the signed-in user's handle (nobody is signed in on this page)…
    const first = await h.context.newPage();
    await first.goto(QUESTION_URL);
    await expect.poll(() => extractorLoaded(first, h), { timeout: 10_000 }).toBe(true);
    await first.close();

    // …after which a load of the site's pages runs the detector only.
    const page = await h.context.newPage();
    await page.goto(QUESTION_URL);
    await saveButtons(page).first().waitFor({ state: 'attached' });
    await page.waitForTimeout(1_500);
    expect(await extractorLoaded(page, h)).toBe(false);

    await saveButtons(page).first().click();
    await expect.poll(() => extractorLoaded(page, h), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => h.entries().then((entries) => entries.map((entry) => entry.url)), { timeout: 15_000 }).toEqual(['https://stackoverflow.com/a/52742770']);
  });

  it('stays out of the page’s reach: not on its global object, and not at the extension’s fixed address', async () => {
    await h.serve(QUESTION_URL, fixture('question-anonymous.html'));
    const page = await h.context.newPage();
    await page.goto(QUESTION_URL);
    await saveButtons(page).first().click();
    await expect.poll(() => extractorLoaded(page, h), { timeout: 10_000 }).toBe(true);
    const seen = await page.evaluate(
      async ({ slot, id }) => {
        const fetched = await fetch(`chrome-extension://${id}/extract-qa-sites.js`).then(
          (response) => response.status,
          () => 'refused',
        );
        return { onWindow: slot in window, fetched };
      },
      { slot: SLOT, id: h.extensionId },
    );
    expect(seen).toEqual({ onWindow: false, fetched: 'refused' });
  });
});
