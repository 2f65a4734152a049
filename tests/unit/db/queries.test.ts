import { beforeEach, describe, expect, it } from 'vitest';
import { TrackerDb } from '../../../lib/db/database';
import { facets, filteredIds, firstMatches, firstRows, listRange, monthsOf, summarize, summarizeMonths } from '../../../lib/db/queries';
import { entry } from '../../helpers/entries';

let db: TrackerDb;
let n = 0;
const year = { from: '2026-01-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' };

beforeEach(async () => {
  db = new TrackerDb(`queries-${++n}`);
  await db.contributions.bulkAdd([
    entry({ id: 'a', kind: 'forum-answer', platform: 'stack-exchange', url: 'https://stackoverflow.com/a/1', title: 'Peering VNets', publishedAt: '2026-01-10T00:00:00.000Z', tags: ['azure'] }),
    entry({ id: 'b', kind: 'blog-post', platform: 'generic', url: 'https://blog.example.com/b', title: 'NSX notes', publishedAt: '2026-03-01T00:00:00.000Z', notes: 'Written for the VMUG' }),
    entry({ id: 'c', kind: 'forum-answer', platform: 'stack-exchange', url: 'https://superuser.com/a/2', title: 'Someone else', own: false, publishedAt: '2026-03-05T00:00:00.000Z' }),
    entry({ id: 'd', kind: 'forum-answer', platform: 'microsoft-qna', url: 'https://learn.microsoft.com/answers/a/3', title: 'Azure Files', publishedAt: '2026-12-31T23:59:59.000Z', tags: ['azure', 'storage'], programs: { mvp: { status: 'submitted', at: '2026-12-31T23:59:59.000Z' } } }),
    entry({ id: 'old', kind: 'blog-post', url: 'https://blog.example.com/old', title: 'Last year', publishedAt: '2025-12-31T23:59:59.000Z' }),
    entry({ id: 'next', kind: 'blog-post', url: 'https://blog.example.com/next', title: 'Next year', publishedAt: '2027-01-01T00:00:00.000Z' }),
  ]);
});

describe('review queries', () => {
  it('lists a range newest first, from inclusive and to exclusive', async () => {
    expect((await listRange(db, year)).map((e) => e.id)).toEqual(['d', 'c', 'b', 'a']);
  });

  it('summarises own entries by kind and month, counts others apart, and keeps the latest', async () => {
    const summary = await summarize(db, year);
    expect(summary.own).toBe(3);
    expect(summary.others).toBe(1);
    expect(summary.byKind).toEqual({ 'forum-answer': 2, 'blog-post': 1 });
    expect(summary.byMonth).toHaveLength(12);
    expect(summary.byMonth.filter((m) => m.count).map((m) => [m.month, m.count])).toEqual([['2026-01', 1], ['2026-03', 1], ['2026-12', 1]]);
    expect(summary.latest.map((e) => e.id)).toEqual(['d', 'b', 'a']);
  });

  it('counts own entries per month for the year-earlier comparison, the same as the full summary, filtered or not', async () => {
    for (const filter of [{}, { search: 'azure' }, { platform: 'stack-exchange' }]) {
      const full = await summarize(db, year, filter);
      expect(await summarizeMonths(db, year, filter)).toMatchObject({ own: full.own, byMonth: full.byMonth });
    }
    const months = await summarizeMonths(db, year);
    expect(months.own).toBe(3);
    expect(months.byMonth.filter((month) => month.count > 0)).toEqual([
      { month: '2026-01', count: 1 },
      { month: '2026-03', count: 1 },
      { month: '2026-12', count: 1 },
    ]);
  });

  it('names every month of a window that straddles two years', () => {
    expect(monthsOf({ from: '2025-04-01T00:00:00.000Z', to: '2026-04-01T00:00:00.000Z' })).toEqual([
      '2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03',
    ]);
  });

  it.each([
    [{}, ['d', 'c', 'b', 'a']],
    [{ kind: 'forum-answer' as const }, ['d', 'c', 'a']],
    [{ platform: 'stack-exchange' }, ['c', 'a']],
    [{ kind: 'forum-answer' as const, platform: 'microsoft-qna' }, ['d']],
    [{ tag: 'azure' }, ['d', 'a']],
    [{ own: false }, ['c']],
    [{ own: true, kind: 'forum-answer' as const }, ['d', 'a']],
    [{ submitted: { programId: 'mvp', value: true } }, ['d']],
    [{ submitted: { programId: 'mvp', value: false } }, ['c', 'b', 'a']],
    [{ search: '  vmug ' }, ['b']],
    [{ search: 'AZURE' }, ['d', 'a']],
    [{ search: 'superuser.com' }, ['c']],
    [{ search: 'nothing like this' }, []],
  ])('filters %j', async (filter, ids) => {
    expect(await filteredIds(db, year, filter)).toEqual(ids);
  });

  it.each([{}, { kind: 'forum-answer' as const }, { platform: 'stack-exchange' }, { own: false }, { own: true, kind: 'forum-answer' as const }, { tag: 'azure' }, { search: 'azure' }])(
    'reads the first screen of %j as the first rows of the listed ids, in their order',
    async (filter) => {
      // Same dates: the order between them must follow the ids' order too.
      await db.contributions.bulkAdd(['e1', 'e2', 'e3'].map((id) => entry({ id, kind: 'forum-answer', platform: 'stack-exchange', url: `https://stackoverflow.com/a/${id}`, title: `Azure ${id}`, publishedAt: '2026-06-01T00:00:00.000Z', tags: ['azure'] })));
      const ids = await filteredIds(db, year, filter);
      for (const limit of [2, 50]) {
        expect((await firstRows(db, year, filter, limit)).map((row) => row.id)).toEqual(ids.slice(0, limit));
      }
      expect((await firstRows(db, year, filter)).every((row) => !('ownKey' in row))).toBe(true);
    },
  );

  it.each([{}, { kind: 'forum-answer' as const }, { own: false }, { tag: 'azure' }, { search: 'AZURE ' }, { search: 'azure', platform: 'stack-exchange' }, { submitted: { programId: 'mvp', value: false } }, { search: 'nothing like this' }])(
    'reads the first matches of %j as the first of the listed ids, in their order, and says when that is all of them',
    async (filter) => {
      await db.contributions.bulkAdd(['e1', 'e2', 'e3'].map((id) => entry({ id, kind: 'forum-answer', platform: 'stack-exchange', url: `https://stackoverflow.com/a/${id}`, title: `Azure ${id}`, publishedAt: '2026-06-01T00:00:00.000Z', tags: ['azure'] })));
      const ids = await filteredIds(db, year, filter);
      // Batches of one and two rows: a batch ends inside the three rows of one date, and the next goes on from there.
      for (const chunk of [1, 2, 400]) {
        for (const limit of [1, 2, 50]) {
          const first = await firstMatches(db, year, filter, limit, { cap: 2_000, chunk });
          expect(first.entries.map((row) => row.id)).toEqual(ids.slice(0, limit));
          expect(first.complete).toBe(ids.length < limit);
        }
      }
      expect((await firstMatches(db, year, filter, 50)).entries.every((row) => !('ownKey' in row))).toBe(true);
    },
  );

  it('stops reading a search’s first matches after a cap of rows, newest first, and says the answer is not whole', async () => {
    // Newest first: d (Azure Files), c, b, a (azure tag). Two rows read find d only.
    expect(await firstMatches(db, year, { search: 'azure' }, 5, { cap: 2, chunk: 400 })).toEqual({ entries: [expect.objectContaining({ id: 'd' })], complete: false });
    expect(await firstMatches(db, year, { search: 'peering' }, 5, { cap: 2, chunk: 1 })).toEqual({ entries: [], complete: false });
    expect((await firstMatches(db, year, { search: 'azure' }, 5, { cap: 5, chunk: 400 })).complete).toBe(true);
  });

  it('offers the sites and tags that occur', async () => {
    expect(await facets(db)).toEqual({ platforms: ['generic', 'microsoft-qna', 'stack-exchange'], tags: ['azure', 'storage'] });
  });
});

describe('the owner index', () => {
  it('follows every write of own, and never shows in a row read back', async () => {
    await db.contributions.update('c', { own: true });
    await db.contributions.where('id').equals('a').modify({ own: false });
    expect((await summarize(db, year)).own).toBe(3);
    expect(await filteredIds(db, year, { own: false })).toEqual(['a']);
    expect(await filteredIds(db, year, { own: true, kind: 'forum-answer' })).toEqual(['d', 'c']);
    const rows = [await db.contributions.get('a'), ...(await db.contributions.bulkGet(['b'])), ...(await listRange(db, year))];
    for (const row of rows) expect(row && 'ownKey' in row).toBe(false);
  });
});
