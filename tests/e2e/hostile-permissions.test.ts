import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchWithGrantedHost } from './granted-host';
import type { Harness } from './harness';

/**
 * Host access borrowed for an import goes back even when the dashboard is closed before the import
 * ends. The grant is recorded in the profile as the user's "Allow" would be (no test can click the
 * prompt, see granted-host.ts), and the dashboard's note of what it borrowed is the one
 * borrowHosts writes (lib/backfill/permissions.ts); the background then does the real release.
 */
const FEED_HOST = 'https://blog.example.com/*';
const USER_SITE = 'https://forum.example.org/*';

interface ChromeGlobals {
  chrome: {
    permissions: { contains(request: { origins: string[] }): Promise<boolean> };
    storage: { local: { set(items: Record<string, unknown>): Promise<void>; get(keys: null): Promise<Record<string, unknown>> } };
  };
}

const granted = (page: Page, pattern: string) =>
  page.evaluate((origin) => (globalThis as unknown as ChromeGlobals).chrome.permissions.contains({ origins: [origin] }), pattern);

/** What borrowHosts notes when the import starts: the hosts it was given for this import only. */
const noteBorrowed = (page: Page, origins: string[]) =>
  page.evaluate((hosts) => (globalThis as unknown as ChromeGlobals).chrome.storage.local.set({ 'borrowedHosts:e2e': { origins: hosts, startedAt: Date.now() } }), origins);

describe('host access borrowed by an import', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await launchWithGrantedHost(FEED_HOST, USER_SITE);
  });
  afterEach(async () => {
    await h.close();
  });

  it('stays while the dashboard runs the import and goes back when the dashboard is closed midway', async () => {
    const probe = await h.openExtensionPage('popup.html');
    await probe.evaluate(
      (site) => (globalThis as unknown as ChromeGlobals).chrome.storage.local.set({ [`setting:userSite:${site}`]: { adapter: 'discourse', addedAt: '2026-01-02T03:04:05.000Z' } }),
      USER_SITE.slice(0, -2),
    );
    const dashboard = await h.openExtensionPage('dashboard.html');
    await noteBorrowed(dashboard, [FEED_HOST, USER_SITE]);

    // Another tab closes while the import runs: its access is still needed, so it stays.
    const other = await h.context.newPage();
    await other.close();
    await probe.waitForTimeout(2000);
    expect(await granted(probe, FEED_HOST)).toBe(true);

    await dashboard.close();
    await expect.poll(() => granted(probe, FEED_HOST), { timeout: 10_000 }).toBe(false);
    // A site the user added keeps its access; the note is gone.
    expect(await granted(probe, USER_SITE)).toBe(true);
    const left = await probe.evaluate(() => (globalThis as unknown as ChromeGlobals).chrome.storage.local.get(null));
    expect(Object.keys(left).filter((key) => key.startsWith('borrowedHosts:'))).toEqual([]);
  });
});
