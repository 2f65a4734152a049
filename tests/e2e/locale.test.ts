import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, EXTENSION_DIR } from './harness';
import { saveButtons, saveLabels, toastText } from './our-ui';
import { FIXTURES } from './sites/case';

/**
 * The built extension in a German Chromium: browser.i18n picks public/_locales/de for the manifest's
 * name and the popup's strings. Chromium on Linux takes its UI language from LANGUAGE (and --lang).
 */
describe('the built extension in a German Chromium', () => {
  let context: BrowserContext;
  let extensionId: string;
  beforeAll(async () => {
    context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'ct-e2e-de-')), {
      executablePath: CHROMIUM,
      headless: true,
      env: { ...process.env, LANGUAGE: 'de', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' },
      args: [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, '--lang=de', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync', '--host-resolver-rules=MAP * ~NOTFOUND'],
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
  });
  afterAll(async () => {
    await context?.close();
  });

  it('shows the popup’s first screen in German, in a page marked as German', async () => {
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect.poll(() => popup.getByRole('heading', { level: 1 }).textContent(), { timeout: 10_000 }).toBe('Ihre Beiträge');
    expect(await popup.getByRole('tab').allTextContents()).toEqual(['Jahr', 'Bewerbungen', 'Hinzufügen', 'Einstellungen']);
    expect(await popup.getByRole('button', { name: 'Diese Seite speichern' }).count()).toBe(1);
    expect(await popup.getByText(/^Für diesen Zeitraum ist noch nichts gespeichert\./).count()).toBe(1);
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('de');
    // The manifest's name and description come through __MSG_…__ from the same files.
    const manifest = await popup.evaluate(() => {
      const { chrome } = globalThis as unknown as { chrome: { runtime: { getManifest(): { name: string; description: string } }; i18n: { getMessage(key: string): string } } };
      return { name: chrome.runtime.getManifest().name, description: chrome.i18n.getMessage('extDescription') };
    });
    expect(manifest).toEqual({ name: 'Contribution Tracker', description: expect.stringMatching(/^Erfasst Ihre Community-Beiträge/) });
  });

  it('labels the Save buttons on a site in German, and answers a save in German', async () => {
    const question = 'https://stackoverflow.com/questions/52742612/how-to-print-the-stack-trace-of-an-exception-object-in-python';
    const html = readFileSync(join(FIXTURES, 'stack-exchange', 'question-anonymous.html'), 'utf8');
    await context.route('https://stackoverflow.com/questions/52742612/**', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
    const page = await context.newPage();
    await page.goto(question);
    await expect.poll(() => saveLabels(page), { timeout: 10_000 }).toEqual(['Antwort speichern', 'Antwort speichern']);
    await saveButtons(page).first().click();
    await expect.poll(() => toastText(page), { timeout: 10_000 }).toBe('In Ihren Beiträgen gespeichertRückgängig');
  });
});
