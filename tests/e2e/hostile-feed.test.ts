import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchWithGrantedHost } from './granted-host';
import type { Harness } from './harness';

/**
 * A hostile feed for "Import from…": one that sends megabytes without end, and one that lists
 * thousands of entries on a page. Each is refused with a clear message and nothing is stored; a
 * normal feed on the same host still imports (the positive twin). The host's "Allow" is recorded in
 * the profile (granted-host.ts); responses are served under the real URL by route interception.
 */
const HOST = 'https://hostile.example.com';
const YEAR = new Date().getUTCFullYear();
const CORS = { 'access-control-allow-origin': 'https://some-other-site.example' };

const rss = (items: number) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title>${Array.from(
    { length: items },
    (_, i) => `<item><title>Post ${i}</title><link>${HOST}/p/${i}</link><pubDate>Mon, 02 Mar ${YEAR} 10:00:00 GMT</pubDate></item>`,
  ).join('')}</channel></rss>`;

async function importFeed(page: Page, url: string): Promise<string> {
  const panel = page.getByRole('region', { name: 'Import from…' });
  await panel.getByRole('radio', { name: 'A blog’s RSS or Atom feed' }).check();
  await panel.getByLabel('Feed address', { exact: true }).fill(url);
  await panel.getByLabel('Year').selectOption(String(YEAR));
  await panel.getByRole('button', { name: 'Import' }).click();
  const outcome = panel.getByRole('status', { name: 'Import result' }).or(panel.getByRole('alert'));
  await outcome.waitFor({ timeout: 30_000 });
  return (await outcome.textContent()) ?? '';
}

describe('Import from a hostile feed', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await launchWithGrantedHost(`${HOST}/*`);
    const serve = (path: string, body: string) =>
      h.context.route(`${HOST}${path}`, (route) => route.fulfill({ contentType: 'application/rss+xml', headers: CORS, body }));
    await serve('/huge.xml', `<?xml version="1.0"?><rss version="2.0"><channel><title>${'x'.repeat(9 * 1024 * 1024)}</title></channel></rss>`);
    await serve('/flood.xml', rss(1001));
    await serve('/feed.xml', rss(3));
  });
  afterEach(async () => {
    await h.close();
  });

  it('refuses a response of more than 8 MB and one page of 1001 entries, storing nothing; a normal feed still imports', async () => {
    const dashboard = await h.openExtensionPage('dashboard.html');
    expect(await importFeed(dashboard, `${HOST}/huge.xml`)).toContain('hostile.example.com sent more than 8 MB for one page, which no feed or API page needs. Nothing was imported.');
    expect(await h.entries()).toEqual([]);
    expect(await importFeed(dashboard, `${HOST}/flood.xml`)).toContain('hostile.example.com listed 1001 entries on one page');
    expect(await h.entries()).toEqual([]);

    expect(await importFeed(dashboard, `${HOST}/feed.xml`)).toContain(`Imported ${YEAR}: 3 added`);
    expect(await h.entries()).toHaveLength(3);
  });
});
