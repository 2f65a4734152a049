import { beforeEach, describe, expect, it } from 'vitest';
import { createContext } from '../../../lib/backfill/context';
import { collectFeed } from '../../../lib/backfill/feed';
import { MAX_IMPORT_ITEMS, MAX_PAGE_ITEMS, capResponse } from '../../../lib/backfill/limits';
import { runBackfill } from '../../../lib/backfill/runner';
import type { BackfillSource } from '../../../lib/backfill/types';
import { TrackerDb } from '../../../lib/db/database';
import { fakeWeb, noWait } from './fake-web';

const FEED = 'https://blog.example.com/feed/';
const context = (fetch: typeof globalThis.fetch) => createContext({ year: 2026, signal: new AbortController().signal, fetch });

/** A body that streams `chunks` pieces of `size` bytes and counts how many were pulled. */
function streamed(chunks: number, size: number) {
  const pulled = { count: 0 };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.count === chunks) return controller.close();
      pulled.count += 1;
      controller.enqueue(new Uint8Array(size).fill(120));
    },
  });
  return { body, pulled };
}

const rss = (items: number) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>${Array.from({ length: items }, (_, i) => `<item><title>Post ${i}</title><link>https://blog.example.com/p/${i}</link><pubDate>Mon, 02 Mar 2026 10:00:00 GMT</pubDate></item>`).join('')}</channel></rss>`;

describe('response size cap', () => {
  it('passes a response within the cap through unchanged', async () => {
    const capped = await capResponse(new Response('{"items":[]}', { status: 200, headers: { 'content-type': 'application/json' } }), FEED, 100);
    expect(capped.status).toBe(200);
    expect(capped.headers.get('content-type')).toBe('application/json');
    expect(await capped.json()).toEqual({ items: [] });
  });

  it('stops reading a body that grows past the cap, without downloading the rest', async () => {
    const { body, pulled } = streamed(1000, 1024);
    await expect(capResponse(new Response(body), FEED, 10 * 1024)).rejects.toThrow('blog.example.com sent more than 0 MB for one page, which no feed or API page needs. Nothing was imported.');
    expect(pulled.count).toBeLessThan(20);
  });

  it('refuses at once a body that declares a size past the cap', async () => {
    const { body, pulled } = streamed(1000, 1024);
    await expect(capResponse(new Response(body, { headers: { 'content-length': String(50 * 1024 * 1024) } }), FEED)).rejects.toThrow(/sent more than 8 MB/);
    expect(pulled.count).toBeLessThanOrEqual(1);
  });

  it('applies to every request of an import', async () => {
    const huge = 'x'.repeat(9 * 1024 * 1024);
    const web = fakeWeb({ [FEED]: { body: huge } });
    await expect(collectFeed({ url: FEED, author: '' }, context(web.fetch))).rejects.toThrow(/blog\.example\.com sent more than 8 MB/);
  });
});

describe('item caps', () => {
  it('refuses a feed page with more entries than any real feed serves', async () => {
    const web = fakeWeb({ [FEED]: { body: rss(MAX_PAGE_ITEMS + 1), headers: { 'content-type': 'application/rss+xml' } } });
    await expect(collectFeed({ url: FEED, author: '' }, context(web.fetch))).rejects.toThrow(`blog.example.com listed ${MAX_PAGE_ITEMS + 1} entries on one page`);
  });

  it('reads a feed page at the cap', async () => {
    const web = fakeWeb({ [FEED]: { body: rss(MAX_PAGE_ITEMS), headers: { 'content-type': 'application/rss+xml' } } });
    expect((await collectFeed({ url: FEED, author: '' }, context(web.fetch))).drafts).toHaveLength(MAX_PAGE_ITEMS);
  });

  describe('per import', () => {
    let db: TrackerDb;
    beforeEach(() => {
      db = new TrackerDb(`limits-${Math.random()}`);
    });
    const source = (count: number): BackfillSource<null> => ({
      collect: async () => ({
        drafts: Array.from({ length: count }, (_, i) => ({ kind: 'blog-post' as const, platform: 'blog', url: `https://blog.example.com/p/${i}`, title: `P${i}`, publishedAt: '2026-03-02T10:00:00.000Z', own: true, source: 'import' as const })),
        rejected: [],
        otherYears: 0,
        warnings: [],
      }),
    }) as unknown as BackfillSource<null>;
    const run = (count: number) => runBackfill({ db, source: source(count), input: null, year: 2026, signal: new AbortController().signal, sleep: noWait });

    it('stores nothing when a source gives more entries than an import may store', async () => {
      await expect(run(MAX_IMPORT_ITEMS + 1)).rejects.toThrow(`This source gave ${MAX_IMPORT_ITEMS + 1} entries for one year, more than the ${MAX_IMPORT_ITEMS} an import may store. Nothing was imported.`);
      expect(await db.contributions.count()).toBe(0);
    });
  });
});
