import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page, Route } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launchWithGrantedHost } from './granted-host';
import type { Harness } from './harness';

/**
 * "Import from…" in the dashboard against the real API and feed URLs, answered by route
 * interception. Playwright adds CORS headers to a fulfilled response that has none, so every
 * response here names another origin as the only one allowed: the page reads it only because the
 * extension holds the host permission. The permission prompt itself cannot be clicked in a test
 * (see granted-host.ts): the user's "Allow" is recorded in the profile, so the extension's own
 * `permissions.request`, made in the Import click, resolves true at once.
 */
const HOSTS = ['https://virtuallyjane.example.com/*', 'https://api.stackexchange.com/*', 'https://www.youtube.com/*', 'https://api.github.com/*'];
const FEED = 'https://virtuallyjane.example.com/feed/';
const CHANNEL = 'UCa1b2C3d4E5f6G7h8I9j0Kl';

/** The fixtures were written for 2026; they are moved to the year the test runs in. */
const YEAR = new Date().getUTCFullYear();
const shiftText = (text: string) => text.replaceAll('2026', '\u0000').replaceAll('2025', String(YEAR - 1)).replaceAll('\u0000', String(YEAR));
const shiftSeconds = (seconds: number) => {
  const date = new Date(seconds * 1000);
  date.setUTCFullYear(date.getUTCFullYear() + YEAR - 2026);
  return date.getTime() / 1000;
};
const CORS = { 'access-control-allow-origin': 'https://some-other-site.example' };
const fixture = (path: string) => readFileSync(join(__dirname, '..', 'fixtures', 'backfill', path), 'utf8');
const apiJson = (path: string) => {
  const body = JSON.parse(fixture(`stack-exchange/${path}`));
  for (const item of body.items) {
    for (const key of ['creation_date', 'last_activity_date', 'last_edit_date']) if (item[key]) item[key] = shiftSeconds(item[key]);
  }
  return JSON.stringify(body);
};

async function serveSources(context: BrowserContext) {
  await context.route(
    (url) => url.host === 'virtuallyjane.example.com',
    (route: Route) => {
      const page = new URL(route.request().url()).searchParams.get('paged') ?? '1';
      return route.fulfill({ contentType: 'application/rss+xml; charset=UTF-8', headers: CORS, body: shiftText(fixture(`feeds/wordpress-page-${page}.xml`)) });
    },
  );
  await context.route(
    (url) => url.host === 'api.stackexchange.com',
    (route: Route) => {
      const url = new URL(route.request().url());
      const body = url.pathname.startsWith('/2.3/questions/')
        ? apiJson('questions.json')
        : url.pathname === '/2.3/users/4242/answers'
          ? apiJson(`answers-page-${url.searchParams.get('page')}.json`)
          : '{"error_id":404,"error_name":"no_method","error_message":"no method found with this name"}';
      return route.fulfill({ contentType: 'application/json; charset=utf-8', headers: CORS, body });
    },
  );
  await context.route(
    (url) => url.href === `https://www.youtube.com/feeds/videos.xml?channel_id=${CHANNEL}`,
    (route: Route) => route.fulfill({ contentType: 'text/xml; charset=UTF-8', headers: CORS, body: shiftText(fixture('youtube/channel-feed.xml')) }),
  );
}

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

describe('Import from… in Chromium', () => {
  let h: Harness;
  afterEach(async () => {
    await h?.close();
  });

  it('brings in a year of posts, answers and videos in a few clicks, updating what was already captured', async () => {
    h = await launchWithGrantedHost(...HOSTS);
    await serveSources(h.context);
    await h.seed([
      {
        kind: 'forum-answer',
        platform: 'stack-exchange',
        url: 'https://superuser.com/questions/1889990/robocopy-mir-loops-forever-on-appdata/1890001#1890001',
        title: 'Robocopy /MIR loops forever on "Application Data"',
        publishedAt: `${YEAR}-11-18T16:42:10.000Z`,
        own: true,
        source: 'auto',
        metrics: { votes: 3, accepted: false },
      },
      {
        kind: 'blog-post',
        platform: 'generic',
        url: `https://virtuallyjane.example.com/${YEAR}/09/tips-tricks-nested-esxi/`,
        title: 'Tips & tricks for nested ESXi',
        publishedAt: `${YEAR}-09-14T04:00:00.000Z`,
        own: true,
        source: 'one-click',
      },
    ]);
    const [capturedAnswer] = (await h.entries()).filter((entry) => entry.platform === 'stack-exchange');
    const dashboard = await h.openExtensionPage('dashboard.html');

    expect(await importFrom(dashboard, 'A blog’s RSS or Atom feed', { 'Feed address': FEED })).toContain(
      `Imported ${YEAR}: 3 added, 0 updated, 1 already saved (skipped).`,
    );
    expect(await importFrom(dashboard, 'Stack Exchange answers', { Site: 'superuser.com', 'User id or profile link': '4242' })).toContain(
      `Imported ${YEAR}: 3 added, 1 updated, 0 already saved (skipped).`,
    );
    expect(await importFrom(dashboard, 'A YouTube channel’s uploads', { 'Channel id, link or @handle': CHANNEL })).toContain(
      `Imported ${YEAR}: 3 added, 0 updated, 0 already saved (skipped). 1 from other years was left out.`,
    );

    const entries = await h.entries();
    expect(entries).toHaveLength(2 + 3 + 3 + 3);
    expect(new Set(entries.map((entry) => entry.url)).size).toBe(entries.length);
    expect(entries.filter((entry) => entry.source === 'backfill').map((entry) => entry.kind).sort()).toEqual([
      'blog-post', 'blog-post', 'blog-post', 'forum-answer', 'forum-answer', 'forum-answer', 'video', 'video', 'video',
    ]);
    // The answer captured earlier kept its id and origin; the import refreshed its votes.
    expect(entries.find((entry) => entry.url === 'https://superuser.com/a/1890001')).toMatchObject({
      id: capturedAnswer!.id,
      source: 'auto',
      metrics: { votes: 7, accepted: true },
    });
    expect(entries.find((entry) => entry.url === 'https://www.youtube.com/watch?v=Qw8_eF-gH02')).toMatchObject({
      kind: 'video',
      platform: 'youtube-studio',
      title: '#shorts Quick tip: esxcli network',
      publishedAt: `${YEAR}-07-01T09:30:00.000Z`,
      metrics: { views: 402 },
    });
    expect(entries.find((entry) => entry.url === `https://virtuallyjane.example.com/${YEAR}/02/why-i-moved-my-lab-to-vsan-esa`)).toMatchObject({
      kind: 'blog-post',
      platform: 'wordpress',
      publishedAt: `${YEAR}-02-14T10:00:00.000Z`,
    });
    // The dashboard's own lists show what came in.
    await dashboard.getByText('Building a two-node cluster').first().waitFor();
  });

  it('shows a failure clearly and leaves the store as it was', async () => {
    h = await launchWithGrantedHost(...HOSTS, 'https://gone.example.net/*');
    await serveSources(h.context);
    await h.context.route(
      (url) => url.host === 'api.github.com',
      (route: Route) =>
        route.fulfill({
          status: 403,
          contentType: 'application/json; charset=utf-8',
          headers: { ...CORS, 'x-ratelimit-limit': '60', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 1800) },
          body: fixture('github/rate-limited.json'),
        }),
    );
    await h.seed([{ kind: 'blog-post', platform: 'generic', url: 'https://virtuallyjane.example.com/a-post', title: 'A post', own: true, source: 'one-click' }]);
    const before = await h.entries();
    const dashboard = await h.openExtensionPage('dashboard.html');

    // The served responses allow another origin only: without a grant for its host, the page cannot read one.
    await h.context.route(
      (url) => url.host === 'not-granted.example.org',
      (route: Route) => route.fulfill({ contentType: 'application/rss+xml', headers: CORS, body: fixture('feeds/medium.xml') }),
    );
    expect(await dashboard.evaluate(() => fetch('https://not-granted.example.org/feed').then(() => 'read', () => 'blocked'))).toBe('blocked');
    expect(await dashboard.evaluate(() => fetch('https://virtuallyjane.example.com/feed/').then((response) => response.status))).toBe(200);

    expect(await importFrom(dashboard, 'GitHub repositories and releases', { 'GitHub user name': 'janedoe' })).toMatch(
      /^GitHub’s limit of 60 requests an hour without signing in is used up; it resets at .+\. Nothing was imported\.$/,
    );
    // A granted host that nothing answers: the request fails like a dead network.
    expect(await importFrom(dashboard, 'A blog’s RSS or Atom feed', { 'Feed address': 'https://gone.example.net/feed' })).toMatch(
      /^gone\.example\.net could not be reached .*nothing was imported\.$/,
    );
    // Page 2 of the WordPress feed breaks after page 1 was read: still nothing is stored.
    await h.context.route(
      (url) => url.host === 'virtuallyjane.example.com' && url.searchParams.get('paged') === '2',
      (route: Route) => route.fulfill({ contentType: 'application/rss+xml', headers: CORS, body: '<rss version="2.0"><channel><title>x</title><item><title>Bro' }),
    );
    expect(await importFrom(dashboard, 'A blog’s RSS or Atom feed', { 'Feed address': FEED })).toMatch(/is not a readable RSS, Atom or JSON feed/);
    expect(await h.entries()).toEqual(before);
  });
});
