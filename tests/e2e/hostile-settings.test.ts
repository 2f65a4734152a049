import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchWithExtension, type Harness } from './harness';
import { QUESTION_URL } from './stack-exchange-page';
import { saveButtons } from './our-ui';

/**
 * Settings survive pages that write at the same moment, values that do not parse, and the move from
 * the old single settings object: one storage key per setting (lib/schema/settings-key.ts).
 */
interface StorageGlobals {
  chrome: { storage: { local: { get(keys: null): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } } };
}

const stored = (page: Page) => page.evaluate(() => (globalThis as unknown as StorageGlobals).chrome.storage.local.get(null));
const write = (page: Page, items: Record<string, unknown>) => page.evaluate((values) => (globalThis as unknown as StorageGlobals).chrome.storage.local.set(values), items);

/** Holds this page's storage writes for a while, so a second page reads before the first one writes. */
const slowWrites = (page: Page) =>
  page.evaluate(() => {
    const local = (globalThis as unknown as StorageGlobals).chrome.storage.local;
    const set = local.set.bind(local);
    local.set = (items) => new Promise((resolve) => setTimeout(resolve, 800)).then(() => set(items));
  });

async function settingsView(h: Harness): Promise<Page> {
  const popup = await h.openExtensionPage('popup.html');
  await popup.getByRole('tab', { name: 'Settings' }).click();
  return popup;
}

const fixture = readFileSync(join(__dirname, '..', 'fixtures', 'stack-exchange', 'question-anonymous.html'), 'utf8');

describe('settings under concurrent and bad writes', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await launchWithExtension();
  });
  afterEach(async () => {
    await h.close();
  });

  it('keeps both changes when two pages switch off different sites at the same moment', async () => {
    const [first, second] = [await settingsView(h), await settingsView(h)];
    await Promise.all([first.getByRole('checkbox', { name: 'Reddit' }).waitFor(), second.getByRole('checkbox', { name: 'Medium' }).waitFor()]);
    await slowWrites(first);
    await slowWrites(second);
    // Both clicks land before either write: each page read the settings without the other's change.
    await Promise.all([first.getByRole('checkbox', { name: 'Reddit' }).uncheck(), second.getByRole('checkbox', { name: 'Medium' }).uncheck()]);
    await expect.poll(async () => Object.keys(await stored(first)).filter((key) => key.startsWith('setting:disabled:')).sort(), { timeout: 5000 }).toEqual([
      'setting:disabled:medium',
      'setting:disabled:reddit',
    ]);
    const fresh = await settingsView(h);
    await expect.poll(() => fresh.getByRole('checkbox', { name: 'Reddit' }).isChecked()).toBe(false);
    expect(await fresh.getByRole('checkbox', { name: 'Medium' }).isChecked()).toBe(false);
    expect(await fresh.getByRole('checkbox', { name: 'Stack Exchange' }).isChecked()).toBe(true);
  });

  it('drops only the setting that fails to parse and keeps the others', async () => {
    const probe = await h.openExtensionPage('popup.html');
    await write(probe, { 'setting:disabled:reddit': 'off?', 'setting:disabled:medium': true, 'setting:handle:stack-exchange': 'aran-fey', 'setting:handle:reddit': { name: 'x' } });
    const popup = await settingsView(h);
    await expect.poll(() => popup.getByRole('textbox', { name: 'Stack Exchange' }).inputValue()).toBe('aran-fey');
    expect(await popup.getByRole('textbox', { name: 'Reddit' }).inputValue()).toBe('');
    expect(await popup.getByRole('checkbox', { name: 'Reddit' }).isChecked()).toBe(true);
    expect(await popup.getByRole('checkbox', { name: 'Medium' }).isChecked()).toBe(false);
  });

  it('moves the old single settings object without losing the user’s values', async () => {
    await h.serve(QUESTION_URL, fixture);
    const probe = await h.openExtensionPage('popup.html');
    const before = await stored(probe);
    await write(probe, {
      settings: { disabledAdapters: ['stack-exchange'], handles: { reddit: 'spez', medium: 42 }, userSites: [], screenshots: false },
      ...Object.fromEntries(Object.keys(before).filter((key) => key.startsWith('setting:')).map((key) => [key, undefined])),
    });
    // The worker migrates when it starts (entrypoints/background.ts), as after an update.
    await h.stopServiceWorker();
    const popup = await settingsView(h);
    await expect.poll(() => popup.getByRole('textbox', { name: 'Reddit' }).inputValue()).toBe('spez');
    expect(await popup.getByRole('checkbox', { name: 'Stack Exchange' }).isChecked()).toBe(false);
    const after = await stored(probe);
    expect(after).not.toHaveProperty('settings');
    expect(after).toMatchObject({ 'setting:disabled:stack-exchange': true, 'setting:handle:reddit': 'spez', 'setting:screenshots': false });
    expect(after).not.toHaveProperty('setting:handle:medium');

    // Capture stays off on the site the user had switched off before the update.
    const page = await h.context.newPage();
    await page.goto(QUESTION_URL);
    await page.waitForTimeout(1500);
    expect(await saveButtons(page).count()).toBe(0);
  });
});
