import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launchWithGrantedHost } from './granted-host';
import type { Harness } from './harness';

/**
 * "Import from…" for talks (Sessionize's speaker API) and code contributions (GitHub's search), at
 * their real URLs answered by route interception, in the style of backfill.test.ts: every response
 * allows another origin only, so the dashboard reads it because the extension holds the host.
 */
const YEAR = new Date().getUTCFullYear();
const shift = (text: string) => text.replaceAll('2026', '\u0000').replaceAll('2025', String(YEAR - 1)).replaceAll('\u0000', String(YEAR));
const CORS = { 'access-control-allow-origin': 'https://some-other-site.example' };
const fixture = (path: string) => shift(readFileSync(join(__dirname, '..', 'fixtures', 'backfill', path), 'utf8'));

async function importFrom(page: Page, source: string, fields: Record<string, string>) {
  const panel = page.getByRole('region', { name: 'Import from…' });
  await panel.getByRole('radio', { name: source }).check();
  for (const [label, value] of Object.entries(fields)) await panel.getByLabel(label, { exact: true }).fill(value);
  await panel.getByLabel('Year').selectOption(String(YEAR));
  await panel.getByRole('button', { name: 'Import' }).click();
  const outcome = panel.getByRole('status', { name: 'Import result' }).or(panel.getByRole('alert'));
  await outcome.waitFor({ timeout: 20_000 });
  return (await outcome.textContent()) ?? '';
}

describe('Import talks and code contributions in Chromium', () => {
  let h: Harness;
  afterEach(async () => {
    await h?.close();
  });

  it('brings in the year’s talks from Sessionize and pull requests and issues from GitHub, with counts per repository', async () => {
    h = await launchWithGrantedHost('https://sessionize.com/*', 'https://api.github.com/*');
    const asked: string[] = [];
    await h.context.route(
      (url) => url.host === 'sessionize.com',
      (route: Route) => {
        const ok = new URL(route.request().url()).pathname === '/api/speaker/json/ab12cd34ef';
        return route.fulfill({ status: ok ? 200 : 404, contentType: 'application/json; charset=utf-8', headers: CORS, body: ok ? fixture('sessionize/speaker.json') : '{}' });
      },
    );
    await h.context.route(
      (url) => url.host === 'api.github.com',
      (route: Route) => {
        const url = new URL(route.request().url());
        const query = url.searchParams.get('q') ?? '';
        asked.push(query);
        const body = query.includes('type:issue') ? 'issues.json' : url.searchParams.get('page') === '2' ? 'pulls-page-2.json' : 'pulls-page-1.json';
        const next: Record<string, string> = body === "pulls-page-1.json" ? { link: `<${url.href}&page=2>; rel="next"` } : {};
        return route.fulfill({ contentType: 'application/json; charset=utf-8', headers: { ...CORS, 'x-ratelimit-resource': 'search', 'x-ratelimit-remaining': '8', ...next }, body: fixture(`github-contributions/${body}`) });
      },
    );
    const dashboard = await h.openExtensionPage('dashboard.html');

    expect(await importFrom(dashboard, 'Sessionize talks', { 'Speaker API address': 'https://sessionize.com/api/speaker/json/ab12cd34ef' })).toContain(
      `Imported ${YEAR}: 2 added, 0 updated, 0 already saved (skipped). 1 from other years was left out.`,
    );
    const code = await importFrom(dashboard, 'GitHub pull requests and issues to others’ projects', { 'GitHub user name': 'janedoe' });
    expect(code).toContain(`Imported ${YEAR}: 5 added, 0 updated, 0 already saved (skipped).`);
    expect(code).toContain('vmware/govmomi: 2 pull requests, 1 issue');
    expect(asked).toEqual([
      `author:janedoe type:pr is:merged -user:janedoe merged:${YEAR}-01-01..${YEAR}-12-31`,
      `author:janedoe type:pr is:merged -user:janedoe merged:${YEAR}-01-01..${YEAR}-12-31`,
      `author:janedoe type:issue -user:janedoe created:${YEAR}-01-01..${YEAR}-12-31`,
    ]);

    const entries = await h.entries();
    expect(entries.map((entry) => entry.kind).sort()).toEqual(['code', 'code', 'code', 'documentation', 'documentation', 'talk', 'talk']);
    expect(entries.find((entry) => entry.url === 'https://globalazure.pt/')).toMatchObject({ kind: 'talk', platform: 'sessionize', contextTitle: 'Global Azure Lisbon 2026'.replace('2026', String(YEAR)), publishedAt: `${YEAR}-04-18T12:00:00.000Z` });
    // The dashboard's own list shows what came in.
    await dashboard.getByText('Fix the private endpoint DNS zone table for Azure Files').first().waitFor();
  });
  it('brings in the user’s sessions from an event’s Sessionize schedule and the year’s Mastodon and Bluesky posts', async () => {
    h = await launchWithGrantedHost('https://sessionize.com/*', 'https://hachyderm.io/*', 'https://public.api.bsky.app/*');
    const json = (route: Route, path: string) => route.fulfill({ contentType: 'application/json; charset=utf-8', headers: CORS, body: fixture(path) });
    await h.context.route(
      (url) => url.host === 'sessionize.com' && url.pathname === '/api/v2/ab12cd34/view/All',
      (route: Route) => json(route, 'sessionize-schedule/all.json'),
    );
    await h.context.route(
      (url) => url.host === 'hachyderm.io',
      (route: Route) => {
        const url = new URL(route.request().url());
        if (url.pathname === '/api/v1/accounts/lookup') return json(route, 'mastodon/lookup.json');
        return json(route, url.searchParams.has('max_id') ? 'mastodon/statuses-page-2.json' : 'mastodon/statuses-page-1.json');
      },
    );
    await h.context.route(
      (url) => url.host === 'public.api.bsky.app',
      (route: Route) => json(route, new URL(route.request().url()).searchParams.has('cursor') ? 'bluesky/feed-page-2.json' : 'bluesky/feed-page-1.json'),
    );
    const dashboard = await h.openExtensionPage('dashboard.html');

    const schedule = await importFrom(dashboard, 'Your sessions in an event’s Sessionize schedule', {
      'Schedule address or id': 'https://sessionize.com/api/v2/ab12cd34/view/All',
      'Event name (optional)': 'VMUG UserCon Warsaw',
      'Your Sessionize profile': 'https://sessionize.com/dana-kowalski',
    });
    expect(schedule).toContain(`Imported ${YEAR}: 2 added, 0 updated, 0 already saved (skipped).`);
    expect(schedule).toContain('Lightning talks');
    expect(await importFrom(dashboard, 'Mastodon posts', { 'Your Mastodon handle or profile link': '@dana@hachyderm.io' })).toContain(
      `Imported ${YEAR}: 3 added, 0 updated, 0 already saved (skipped).`,
    );
    expect(await importFrom(dashboard, 'Bluesky posts', { 'Your Bluesky handle or profile link': 'dana.example.org' })).toContain(
      `Imported ${YEAR}: 3 added, 0 updated, 0 already saved (skipped).`,
    );

    const entries = await h.entries();
    expect(entries.filter((entry) => entry.kind === 'talk').map((entry) => [entry.url, entry.contextTitle, entry.own]).sort()).toEqual([
      ['https://sessionize.com/s/dana-kowalski/a-home-lab-that-pays-rent/598765', 'VMUG UserCon Warsaw', true],
      ['https://sessionize.com/s/dana-kowalski/day-2-for-vsphere-9-what-changes-when-the-installe/612345', 'VMUG UserCon Warsaw', true],
    ]);
    expect(entries.find((entry) => entry.url === 'https://hachyderm.io/@dana/113500000000000114')).toMatchObject({ kind: 'social-post', platform: 'mastodon', metrics: { votes: 27, comments: 3 } });
    expect(entries.filter((entry) => entry.platform === 'bluesky')).toHaveLength(3);
  });
});
