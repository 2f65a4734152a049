import { describe, expect, it } from 'vitest';
import { authorFeedUrl, collectBluesky } from '../../../lib/backfill/bluesky';
import { createContext } from '../../../lib/backfill/context';
import { parseBlueskyInput } from '../../../lib/backfill/inputs';
import { backfillFixture, fakeWeb } from './fake-web';

const INPUT = { actor: 'dana.example.org' };
const context = (fetch: typeof globalThis.fetch, year = 2026) => createContext({ year, signal: new AbortController().signal, fetch });

const routes = () => ({
  [authorFeedUrl(INPUT)]: { body: backfillFixture('bluesky/feed-page-1.json') },
  [authorFeedUrl(INPUT, '2026-06-10T08:00:00.000Z')]: { body: backfillFixture('bluesky/feed-page-2.json') },
});

describe('Bluesky posts', () => {
  it('takes a handle, a custom domain, a DID or the profile link', () => {
    expect(parseBlueskyInput({ handle: '@Dana.example.org' })).toEqual(INPUT);
    expect(parseBlueskyInput({ handle: 'https://bsky.app/profile/dana.bsky.social' })).toEqual({ actor: 'dana.bsky.social' });
    expect(parseBlueskyInput({ handle: 'did:plc:dana000000000000000000000' })).toEqual({ actor: 'did:plc:dana000000000000000000000' });
    expect(() => parseBlueskyInput({ handle: 'dana' })).toThrow(/Bluesky handle/);
  });

  it('pages with the cursor until a post indexed before the year, leaving reposts out', async () => {
    const net = fakeWeb(routes());
    const result = await collectBluesky(INPUT, context(net.fetch));
    expect(net.requested).toEqual([
      'https://public.api.bsky.app/xrpc/app.bsky.feed.getAuthorFeed?actor=dana.example.org&filter=posts_no_replies&limit=100',
      'https://public.api.bsky.app/xrpc/app.bsky.feed.getAuthorFeed?actor=dana.example.org&filter=posts_no_replies&limit=100&cursor=2026-06-10T08%3A00%3A00.000Z',
    ]);
    expect(result.drafts).toEqual([
      {
        kind: 'social-post',
        platform: 'bluesky',
        url: 'https://bsky.app/profile/dana.example.org/post/3m4lifecycle22',
        title: 'Lifecycle images in vSphere 9: what changed and why.',
        excerpt: 'Lifecycle images in vSphere 9: what changed and why. Thread below.',
        publishedAt: '2026-11-02T17:05:00.000Z',
        author: 'dana.example.org',
        own: true,
        source: 'backfill',
        metrics: { votes: 31, comments: 2 },
      },
      expect.objectContaining({ url: 'https://bsky.app/profile/dana.example.org/post/3kvmugslides11', metrics: { votes: 12, comments: 0 } }),
      expect.objectContaining({ url: 'https://bsky.app/profile/dana.example.org/post/3kjanuarypost0', publishedAt: '2026-01-15T20:00:00.000Z' }),
    ]);
    // The post dated 2019 but indexed in the year belongs to 2019.
    expect(result.otherYears).toBe(1);
    expect(result.warnings).toEqual([]);
  });

  it('stops at the last page when the feed ends inside the year', async () => {
    const page = JSON.parse(backfillFixture('bluesky/feed-page-1.json')) as { cursor?: string };
    delete page.cursor;
    const net = fakeWeb({ [authorFeedUrl(INPUT)]: { body: JSON.stringify(page) } });
    const result = await collectBluesky(INPUT, context(net.fetch));
    expect(result.drafts).toHaveLength(2);
    expect(net.requested).toHaveLength(1);
  });

  it('passes on what Bluesky says about an unknown handle', async () => {
    const net = fakeWeb({ [authorFeedUrl(INPUT)]: { status: 400, body: '{"error":"InvalidRequest","message":"Profile not found"}' } });
    await expect(collectBluesky(INPUT, context(net.fetch))).rejects.toThrow('Bluesky could not read the posts of dana.example.org (Profile not found). Check the handle.');
  });
});
