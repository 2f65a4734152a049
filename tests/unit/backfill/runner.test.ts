import Dexie from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { abortableSleep } from '../../../lib/backfill/context';
import { wordpressPage } from '../../../lib/backfill/feed';
import { runBackfill } from '../../../lib/backfill/runner';
import type { BackfillSource } from '../../../lib/backfill/types';
import { blueskySource, feedSource, gitHubContributionsSource, mastodonSource, stackExchangeSource } from '../../../lib/backfill/sources';
import { lookupUrl, statusesUrl } from '../../../lib/backfill/mastodon';
import { authorFeedUrl } from '../../../lib/backfill/bluesky';
import { answersUrl, questionsUrl } from '../../../lib/backfill/stack-exchange';
import { saveDraft } from '../../../lib/db/contributions';
import { TrackerDb } from '../../../lib/db/database';
import { DraftSchema } from '../../../lib/schema/contribution';
import { backfillFixture, fakeWeb, noWait } from './fake-web';

const WP = 'https://virtuallyjane.example.com/feed/';
const SE = { host: 'superuser.com', userId: '4242' };
const NOW = new Date('2026-11-22T12:00:00Z');

let db: TrackerDb;
let n = 0;
beforeEach(async () => {
  db = new TrackerDb(`backfill-runner-${++n}`);
  await db.open();
});

const seRoutes = () => ({
  [answersUrl(SE, 2026, 1)]: { body: backfillFixture('stack-exchange/answers-page-1.json') },
  [answersUrl(SE, 2026, 2)]: { body: backfillFixture('stack-exchange/answers-page-2.json') },
  [questionsUrl(SE, [1889990, 1870500, 1850100, 1830700, 1830950])]: { body: backfillFixture('stack-exchange/questions.json') },
});

const run = <I>(source: BackfillSource<I>, input: I, fetch: typeof globalThis.fetch, signal = new AbortController().signal) =>
  runBackfill({ db, source, input, year: 2026, signal, fetch, sleep: noWait, now: NOW });

describe('runBackfill', () => {
  it('imports a year of answers, refreshing the one already captured instead of duplicating it', async () => {
    const captured = await saveDraft(
      db,
      DraftSchema.parse({
        kind: 'forum-answer',
        platform: 'stack-exchange',
        url: 'https://superuser.com/questions/1889990/robocopy-mir-loops-forever-on-appdata/1890001#1890001',
        title: 'Robocopy /MIR loops forever on "Application Data"',
        publishedAt: '2026-11-18T16:42:10.000Z',
        own: true,
        source: 'auto',
        metrics: { votes: 3, accepted: false },
      }),
      new Date('2026-11-18T16:43:00Z'),
    );
    const result = await run(stackExchangeSource, SE, fakeWeb(seRoutes()).fetch);
    expect(result).toEqual({
      added: 3,
      updated: 1,
      duplicates: 0,
      rejected: [{ title: 'Answer 1830999', url: 'https://superuser.com/a/1830999', reason: 'Its question is no longer available (deleted or hidden).' }],
      otherYears: 0,
      warnings: [],
      counts: [],
    });
    const entries = await db.contributions.toArray();
    expect(entries).toHaveLength(4);
    const refreshed = await db.contributions.get(captured.id);
    expect(refreshed).toMatchObject({
      url: 'https://superuser.com/a/1890001',
      source: 'auto',
      capturedAt: '2026-11-18T16:43:00.000Z',
      metrics: { votes: 7, accepted: true, asOf: NOW.toISOString() },
    });
    expect(entries.filter((entry) => entry.source === 'backfill').map((entry) => entry.url).sort()).toEqual([
      'https://superuser.com/a/1830777',
      'https://superuser.com/a/1850123',
      'https://superuser.com/a/1870555',
    ]);

    // The same import again changes nothing.
    const again = await run(stackExchangeSource, SE, fakeWeb(seRoutes()).fetch);
    expect(again).toMatchObject({ added: 0, updated: 0, duplicates: 4 });
    expect(await db.contributions.count()).toBe(4);
  });

  it('stores canonical URLs, so a feed link with tracking parameters matches the saved page', async () => {
    await saveDraft(
      db,
      DraftSchema.parse({
        kind: 'blog-post',
        platform: 'generic',
        url: 'https://virtuallyjane.example.com/2026/09/tips-tricks-nested-esxi',
        title: 'Tips & tricks for nested ESXi',
        own: true,
        source: 'one-click',
      }),
    );
    const net = fakeWeb({ [WP]: { body: backfillFixture('feeds/wordpress-page-1.xml') }, [wordpressPage(WP, 2)]: { body: backfillFixture('feeds/wordpress-page-2.xml') } });
    const result = await run(feedSource, { url: WP, author: '' }, net.fetch);
    expect(result).toMatchObject({ added: 3, updated: 0, duplicates: 1, otherYears: 2 });
    expect(result.rejected.map((item) => item.reason)).toEqual(['The feed gives no publication date for it.']);
    expect(await db.contributions.count()).toBe(4);
  });

  it('leaves the store unchanged when a later page fails', async () => {
    const net = fakeWeb({ [WP]: { body: backfillFixture('feeds/wordpress-page-1.xml') }, [wordpressPage(WP, 2)]: { status: 500, statusText: 'Internal Server Error', body: 'oops' } });
    await expect(run(feedSource, { url: WP, author: '' }, net.fetch)).rejects.toThrow('virtuallyjane.example.com answered 500 Internal Server Error for The feed. Try again later.');
    expect(await db.contributions.count()).toBe(0);
  });

  it('leaves the store unchanged when the write itself fails, and says so', async () => {
    const add = db.contributions.add.bind(db.contributions);
    let calls = 0;
    vi.spyOn(db.contributions, 'add').mockImplementation((...args) => (++calls === 3 ? Dexie.Promise.reject(new Error('QuotaExceededError')) : add(...args)));
    await expect(run(stackExchangeSource, SE, fakeWeb(seRoutes()).fetch)).rejects.toThrow(
      'Could not save the entries (QuotaExceededError). Nothing was imported.',
    );
    expect(await db.contributions.count()).toBe(0);
  });

  it('stops on cancel, between requests or during a back-off, and stores nothing', async () => {
    const controller = new AbortController();
    const routes = seRoutes();
    const net = fakeWeb({
      ...routes,
      [answersUrl(SE, 2026, 2)]: () => {
        controller.abort();
        return routes[answersUrl(SE, 2026, 2)]!;
      },
    });
    await expect(run(stackExchangeSource, SE, net.fetch, controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
    expect(net.requested).toHaveLength(2);
    expect(await db.contributions.count()).toBe(0);

    const waiting = new AbortController();
    const sleeping = abortableSleep(60_000, waiting.signal);
    waiting.abort();
    await expect(sleeping).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('rejects, with the reason, drafts that fail validation and keeps the rest', async () => {
    const long = 'x'.repeat(600);
    const feed = `<rss version="2.0"><channel><title>x</title>
      <item><title>${long}</title><link>https://x.example.org/long</link><pubDate>Tue, 03 Mar 2026 10:00:00 GMT</pubDate></item>
      <item><title>Fine</title><link>https://x.example.org/fine</link><pubDate>Tue, 03 Mar 2026 11:00:00 GMT</pubDate></item>
    </channel></rss>`;
    const net = fakeWeb({ 'https://x.example.org/feed': { body: feed } });
    const result = await run(feedSource, { url: 'https://x.example.org/feed', author: '' }, net.fetch);
    expect(result.added).toBe(1);
    expect(result.rejected).toEqual([{ title: long, url: 'https://x.example.org/long', reason: expect.stringMatching(/^Not a valid entry: .*title/) }]);
  });
});

describe('runBackfill with GitHub contributions', () => {
  it('stores pull requests and issues as code or documentation, and reports counts per repository', async () => {
    const q = (query: string) => `https://api.github.com/search/issues?q=${encodeURIComponent(query)}&per_page=100`;
    const pulls = q('author:janedoe type:pr is:merged -user:janedoe merged:2026-01-01..2026-12-31');
    const net = fakeWeb({
      [pulls]: { body: backfillFixture('github-contributions/pulls-page-1.json') },
      [q('author:janedoe type:issue -user:janedoe created:2026-01-01..2026-12-31')]: { body: backfillFixture('github-contributions/issues.json') },
    });
    const result = await run(gitHubContributionsSource, { user: 'janedoe' }, net.fetch);
    expect(result).toMatchObject({ added: 3, counts: ['vmware/govmomi: 1 pull request, 1 issue', 'MicrosoftDocs/azure-docs: 1 pull request'] });
    const kinds = (await db.contributions.toArray()).map((entry) => [entry.kind, entry.contextTitle]).sort();
    expect(kinds).toEqual([['code', 'vmware/govmomi'], ['code', 'vmware/govmomi'], ['documentation', 'MicrosoftDocs/azure-docs']]);
  });
});

describe('runBackfill with social posts', () => {
  const dana = { instance: 'hachyderm.io', user: 'dana' };
  const mastodonWeb = () =>
    fakeWeb({
      [lookupUrl(dana)]: { body: backfillFixture('mastodon/lookup.json') },
      [statusesUrl(dana, '109876543210987654')]: { body: backfillFixture('mastodon/statuses-page-1.json') },
      [statusesUrl(dana, '109876543210987654', '113100000000000112')]: { body: backfillFixture('mastodon/statuses-page-2.json') },
    });

  it('stores a year of Mastodon posts, refreshing the one saved from its page instead of doubling it', async () => {
    await saveDraft(
      db,
      DraftSchema.parse({
        kind: 'social-post',
        platform: 'mastodon',
        url: 'https://hachyderm.io/@dana/113500000000000114',
        title: 'New post: lifecycle images in vSphere 9, what changed & why.',
        publishedAt: '2026-11-20T18:40:05.000Z',
        own: true,
        source: 'one-click',
        metrics: { votes: 20, comments: 1 },
      }),
      new Date('2026-11-21T08:00:00Z'),
    );
    const result = await run(mastodonSource, dana, mastodonWeb().fetch);
    expect(result).toEqual({ added: 2, updated: 1, duplicates: 0, rejected: [], otherYears: 1, warnings: [], counts: [] });
    const saved = await db.contributions.where('url').equals('https://hachyderm.io/@dana/113500000000000114').first();
    expect(saved?.metrics).toMatchObject({ votes: 27, comments: 3 });
    expect(await db.contributions.count()).toBe(3);
    // Importing again changes nothing.
    expect(await run(mastodonSource, dana, mastodonWeb().fetch)).toMatchObject({ added: 0, updated: 0, duplicates: 3 });
  });

  it('stores a year of Bluesky posts as social posts of the user', async () => {
    const net = fakeWeb({
      [authorFeedUrl({ actor: 'dana.example.org' })]: { body: backfillFixture('bluesky/feed-page-1.json') },
      [authorFeedUrl({ actor: 'dana.example.org' }, '2026-06-10T08:00:00.000Z')]: { body: backfillFixture('bluesky/feed-page-2.json') },
    });
    const result = await run(blueskySource, { actor: 'dana.example.org' }, net.fetch);
    expect(result).toEqual({ added: 3, updated: 0, duplicates: 0, rejected: [], otherYears: 1, warnings: [], counts: [] });
    const entries = await db.contributions.toArray();
    expect(entries.map((entry) => [entry.kind, entry.platform, entry.own, entry.source])).toEqual(Array(3).fill(['social-post', 'bluesky', true, 'backfill']));
  });
});
