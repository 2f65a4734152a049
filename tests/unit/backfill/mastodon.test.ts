import { describe, expect, it } from 'vitest';
import { createContext } from '../../../lib/backfill/context';
import { parseMastodonInput } from '../../../lib/backfill/inputs';
import { collectMastodon, lookupUrl, statusesUrl } from '../../../lib/backfill/mastodon';
import { backfillFixture, fakeWeb } from './fake-web';

const INPUT = { instance: 'hachyderm.io', user: 'dana' };
const ID = '109876543210987654';
const context = (fetch: typeof globalThis.fetch) => createContext({ year: 2026, signal: new AbortController().signal, fetch });
const json = (path: string) => ({ body: backfillFixture(path), headers: { 'content-type': 'application/json' } });

const routes = () => ({
  [lookupUrl(INPUT)]: json('mastodon/lookup.json'),
  [statusesUrl(INPUT, ID)]: json('mastodon/statuses-page-1.json'),
  [statusesUrl(INPUT, ID, '113100000000000112')]: json('mastodon/statuses-page-2.json'),
});

describe('Mastodon posts', () => {
  it('takes a full handle or a profile link, and refuses a bare name (no server to ask)', () => {
    expect(parseMastodonInput({ account: '@dana@Hachyderm.io' })).toEqual(INPUT);
    expect(parseMastodonInput({ account: 'dana@hachyderm.io' })).toEqual(INPUT);
    expect(parseMastodonInput({ account: 'https://hachyderm.io/@dana' })).toEqual(INPUT);
    expect(() => parseMastodonInput({ account: '@dana' })).toThrow(/full Mastodon handle/);
    expect(() => parseMastodonInput({ account: 'http://hachyderm.io/@dana' })).toThrow(/full Mastodon handle/);
  });

  it('pages back with max_id until the year before, keeping posts of the year with their likes and replies', async () => {
    const net = fakeWeb(routes());
    const result = await collectMastodon(INPUT, context(net.fetch));
    expect(net.requested).toEqual([
      'https://hachyderm.io/api/v1/accounts/lookup?acct=dana',
      `https://hachyderm.io/api/v1/accounts/${ID}/statuses?exclude_replies=true&exclude_reblogs=true&limit=40`,
      `https://hachyderm.io/api/v1/accounts/${ID}/statuses?exclude_replies=true&exclude_reblogs=true&limit=40&max_id=113100000000000112`,
    ]);
    expect(result.drafts).toEqual([
      {
        kind: 'social-post',
        platform: 'mastodon',
        url: 'https://hachyderm.io/@dana/113500000000000114',
        title: 'New post: lifecycle images in vSphere 9, what changed & why.',
        excerpt: 'New post: lifecycle images in vSphere 9, what changed & why. https://example.org/vsphere9',
        publishedAt: '2026-11-20T18:40:05.000Z',
        author: 'dana@hachyderm.io',
        own: true,
        source: 'backfill',
        metrics: { votes: 27, comments: 3 },
      },
      expect.objectContaining({ url: 'https://hachyderm.io/@dana/113100000000000112', title: 'Home lab photos', excerpt: '', metrics: { votes: 9, comments: 1 } }),
      expect.objectContaining({ url: 'https://hachyderm.io/@dana/112100000000000111', title: 'Slides from today’s VMUG are up.', publishedAt: '2026-03-01T10:30:00.000Z' }),
    ]);
    // The January 2027 post; the thread's second part is left out, not counted.
    expect(result.otherYears).toBe(1);
    expect(result.rejected).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('reads the year before when asked, counting the newer posts as other years', async () => {
    const net = fakeWeb({
      ...routes(),
      [statusesUrl(INPUT, ID, '111800000000000109')]: { body: '[]' },
    });
    const result = await collectMastodon(INPUT, createContext({ year: 2025, signal: new AbortController().signal, fetch: net.fetch }));
    expect(result.drafts.map((draft) => draft.url)).toEqual(['https://hachyderm.io/@dana/111900000000000110', 'https://hachyderm.io/@dana/111800000000000109']);
    expect(result.otherYears).toBe(4);
    expect(net.requested).toHaveLength(4);
  });

  it('says when the account does not exist on that server', async () => {
    const net = fakeWeb({ [lookupUrl(INPUT)]: { status: 404, body: '{"error":"Record not found"}' } });
    await expect(collectMastodon(INPUT, context(net.fetch))).rejects.toThrow(/@dana@hachyderm\.io was not found \(404 from hachyderm\.io\)/);
  });
});
