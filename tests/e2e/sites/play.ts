import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Contribution } from '../../../lib/schema/contribution';
import type { Harness } from '../harness';
import { clickToastAction, saveButtons, saveLabels, toastText } from '../our-ui';
import type { Expectation, LoadedCase, Step } from './case';
import { caseRoutes } from './routes';
import { hasContentScript, settle } from './settle';

/** The `chrome` API read from an extension page. */
interface StorageGlobals {
  chrome: { storage: { local: { get(keys: string[]): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } } };
}

/** Whether an entry has every field of `want`: {"$match": regex} for text, {"$recent": ms} for a date just now. */
function fits(have: unknown, want: unknown): boolean {
  if (want && typeof want === 'object' && !Array.isArray(want)) {
    const special = want as { $match?: string; $recent?: number };
    if (special.$match !== undefined) return typeof have === 'string' && new RegExp(special.$match).test(have);
    if (special.$recent !== undefined) return typeof have === 'string' && Math.abs(Date.now() - Date.parse(have)) < special.$recent;
    if (!have || typeof have !== 'object') return false;
    return Object.entries(want).every(([key, value]) => fits((have as Record<string, unknown>)[key], value));
  }
  return JSON.stringify(have) === JSON.stringify(want);
}

/** True when the store holds exactly the wanted entries, each matched by a different one. */
function storeIs(entries: Contribution[], wanted: readonly Record<string, unknown>[]): boolean {
  if (entries.length !== wanted.length) return false;
  const free = [...entries];
  return wanted.every((want) => {
    const at = free.findIndex((entry) => fits(entry, want));
    return at !== -1 && free.splice(at, 1).length === 1;
  });
}

/** Plays one case in a fresh browser's tab; throws (through expect) at the first difference. */
export async function playCase(h: Harness, { site, spec }: LoadedCase): Promise<void> {
  const routes = caseRoutes(h, site);
  await routes.serve(spec.routes);
  let page = await h.context.newPage();
  await page.goto(spec.open ?? spec.url);

  const scope = (frame?: string): Page | FrameLocator => (frame ? page.frameLocator(frame) : page);
  const locate = (selector: string, frame?: string): Locator => scope(frame).locator(selector).first();

  async function check(want: Expectation) {
    if (want.saveButtons !== undefined) await expect.poll(() => saveButtons(page).count()).toBe(want.saveButtons);
    if (want.saveLabels) await expect.poll(() => saveLabels(page)).toEqual(want.saveLabels);
    if (want.toast) await expect.poll(() => toastTexts(page), { timeout: 15_000 }).toContain(want.toast);
    if (want.entries) {
      const wanted = want.entries;
      // A capture is written a moment after the page shows it: wait for the store to get there…
      if (wanted.length) await expect.poll(() => h.entries(), { timeout: 15_000 }).toSatisfy((entries: Contribution[]) => storeIs(entries, wanted));
      // …then let the content script see the page as it is now, and check nothing more is on its way.
      let settled = await settle(page, h.extensionId);
      // A capture the scan queued lands (or is refused) when the background answers: wait for the outbox to empty.
      for (let tries = 0; settled.pending && tries < 30; tries += 1) settled = await settle(page, h.extensionId);
      expect(settled.pending, 'captures still queued').toBe(0);
      const entries = await h.entries();
      expect(storeIs(entries, wanted), `stored: ${JSON.stringify(entries, null, 1)}`).toBe(true);
      if (want.armed) expect(settled.intents.sort()).toEqual(want.armed.map((id) => `intent:${id}`).sort());
    } else if (want.armed) {
      expect((await settle(page, h.extensionId)).intents.sort()).toEqual(want.armed.map((id) => `intent:${id}`).sort());
    }
    if (want.calls) expect(routes.calls).toEqual(want.calls);
    if (want.storage) {
      const popup = await h.openExtensionPage('popup.html');
      const keys = Object.keys(want.storage);
      const read = () => popup.evaluate((names) => (globalThis as unknown as StorageGlobals).chrome.storage.local.get(names), keys);
      await expect.poll(read).toMatchObject(want.storage);
      await popup.close();
    }
    if (want.popup) {
      const popup = await h.openExtensionPage('popup.html');
      const list = popup.getByRole('list', { name: 'Contributions, newest first' });
      for (const title of want.popup) await list.getByRole('link', { name: title }).waitFor();
      await popup.close();
    }
  }

  async function run(step: Step) {
    if ('goto' in step) await page.goto(step.goto);
    else if ('reload' in step) await page.reload();
    else if ('fill' in step) await locate(step.fill, step.frame).fill(step.text);
    else if ('set' in step) await locate(step.set).evaluate((field, value) => ((field as HTMLInputElement).value = value), step.text);
    else if ('click' in step) {
      if (!step.opensTab) await locate(step.click, step.frame).click();
      else {
        const [tab] = await Promise.all([h.context.waitForEvent('page'), locate(step.click, step.frame).click()]);
        await tab.waitForLoadState();
        page = tab;
      }
    } else if ('press' in step) await locate(step.on).press(step.press);
    else if ('select' in step) await locate(step.select).selectOption(step.option);
    else if ('pick' in step) {
      const chooser = page.waitForEvent('filechooser');
      await locate(step.pick).click();
      // A file on disk, as a person picks one: the browser's change event is then trusted.
      const file = join(mkdtempSync(join(tmpdir(), 'ct-pick-')), step.file);
      writeFileSync(file, step.content);
      await (await chooser).setFiles(file);
    } else if ('save' in step) {
      const buttons = saveButtons(page);
      await buttons.nth(step.save).waitFor();
      await buttons.nth(step.save).click();
    } else if ('toastAction' in step) {
      await expect.poll(() => toastTexts(page)).toContain(step.toastAction);
      await clickToastAction(page, step.toastAction);
    } else if ('waitFor' in step) await locate(step.waitFor, step.frame).waitFor({ state: step.state ?? 'visible' });
    else if ('waitForUrl' in step) await page.waitForURL(new RegExp(step.waitForUrl));
    else if ('touch' in step) await scope(step.frame).locator('body').evaluate((body) => body.append(body.ownerDocument.createElement('div')));
    else if ('settle' in step) await settle(page, h.extensionId);
    else if ('serve' in step) await routes.serve([step.serve]);
    else if ('store' in step) {
      const popup = await h.openExtensionPage('popup.html');
      await popup.evaluate((items) => (globalThis as unknown as StorageGlobals).chrome.storage.local.set(items), step.store);
      await popup.close();
    } else if ('seed' in step) await h.seed(step.seed as Parameters<Harness['seed']>[0]);
    else await check(step.expect);
  }

  if (!spec.supported) {
    // A site we do not support gets no content script at all: nothing injected, nothing to settle.
    await page.waitForLoadState('load');
    expect(await hasContentScript(page, h.extensionId)).toBe(false);
    expect(await page.locator('[data-contribution-tracker]').count()).toBe(0);
  }
  for (const step of spec.steps) await run(step);
  await check(spec.expect);
}

/** The toasts of the page and its frames (a framed editor shows its toast in the frame). */
async function toastTexts(page: Page): Promise<string> {
  const texts = await Promise.all(page.frames().map((frame) => toastText(frame).catch(() => '')));
  return texts.join(' ');
}
