import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pendingCaptures } from './extension-state';
import { launchWithExtension, type Harness } from './harness';
import { QUESTION_URL, questionWithAnswers } from './stack-exchange-page';
import { saveButtons, toastText } from './our-ui';

/**
 * A full disk loses nothing silently. Chromium's own quota (CDP Storage.overrideQuotaForOrigin) makes
 * IndexedDB refuse the write, and storage.local is filled up to its real 10 MB quota: the capture
 * waits, the page says so, the popup says so and the badge shows "!", and once there is room the
 * user's "Try again" stores it.
 */
const ANSWER = 72000101;

interface ChromeGlobals {
  chrome: {
    action: { getBadgeText(details: object): Promise<string>; getTitle(details: object): Promise<string> };
    storage: { local: { QUOTA_BYTES: number; set(items: Record<string, unknown>): Promise<void>; getBytesInUse(keys: null): Promise<number> } };
  };
}

const badgeOf = (page: Page) => page.evaluate(() => (globalThis as unknown as ChromeGlobals).chrome.action.getBadgeText({}));

/**
 * Shrinks the extension origin's storage quota to `size` bytes; the returned function lifts it. The
 * override lasts as long as its DevTools session, which stays attached until then.
 */
async function shrinkQuota(h: Harness, page: Page, size: number): Promise<() => Promise<void>> {
  const cdp = await h.context.newCDPSession(page);
  const origin = `chrome-extension://${h.extensionId}`;
  await cdp.send('Storage.overrideQuotaForOrigin' as never, { origin, quotaSize: size } as never);
  return async () => {
    await cdp.send('Storage.overrideQuotaForOrigin' as never, { origin } as never);
    await cdp.detach();
  };
}

async function openQuestion(h: Harness): Promise<Page> {
  await h.serve(QUESTION_URL, questionWithAnswers([{ id: ANSWER, body: 'Use traceback.print_exception.', author: 'Ana' }]));
  const site = await h.context.newPage();
  await site.goto(QUESTION_URL);
  return site;
}

const saveButton = (site: Page) => saveButtons(site, `#answer-${ANSWER}`);

describe('a full disk while capturing, in Chromium', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await launchWithExtension();
  });
  afterEach(async () => {
    await h.close();
  });

  it('keeps the capture, says so on the page, in the popup and on the badge, and stores it on Try again', async () => {
    const probe = await h.openExtensionPage('popup.html');
    const makeRoom = await shrinkQuota(h, probe, 1);
    const site = await openQuestion(h);
    await saveButton(site).click();

    await expect.poll(() => toastText(site), { timeout: 10_000 }).toMatch(/^Kept on this page, not stored yet\. Could not store the contribution: Your browser has no room left/);
    expect(await h.entries()).toEqual([]);
    expect(await pendingCaptures(h)).toHaveLength(1);
    await expect.poll(() => badgeOf(probe)).toBe('!');
    expect(await probe.evaluate(() => (globalThis as unknown as ChromeGlobals).chrome.action.getTitle({}))).toMatch(/^Not stored: Your browser has no room left/);

    const popup = await h.openExtensionPage('popup.html');
    const notice = popup.locator('.write-problem');
    await expect.poll(() => notice.textContent()).toMatch(/^Not stored: Your browser has no room left to store contributions\..*1 capture waits to be stored; nothing is lost/);

    // The user makes room, then asks again: the capture made while the disk was full is stored.
    await makeRoom();
    await popup.getByRole('button', { name: 'Try again now' }).click();
    await expect.poll(() => h.entries()).toHaveLength(1);
    expect((await h.entries())[0]).toMatchObject({ url: `https://stackoverflow.com/a/${ANSWER}` });
    await expect.poll(() => notice.count()).toBe(0);
    await expect.poll(() => badgeOf(probe)).toBe('');
    expect(await pendingCaptures(h)).toEqual([]);
  });

  it('still stores a capture that storage.local has no room to queue', async () => {
    const probe = await h.openExtensionPage('popup.html');
    // Fill storage.local to within a few bytes of its quota, as years of queued items might.
    const left = await probe.evaluate(async () => {
      const local = (globalThis as unknown as ChromeGlobals).chrome.storage.local;
      let size = local.QUOTA_BYTES - (await local.getBytesInUse(null)) - 16;
      for (;;) {
        try {
          await local.set({ filler: 'x'.repeat(size) });
          return local.QUOTA_BYTES - (await local.getBytesInUse(null));
        } catch {
          size -= 8;
        }
      }
    });
    expect(left).toBeLessThan(100);
    const site = await openQuestion(h);
    await saveButton(site).click();
    await expect.poll(() => h.entries()).toHaveLength(1);
    await expect.poll(() => toastText(site)).toMatch(/^Saved to your contributions/);
  });
});
