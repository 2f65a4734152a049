import { liveQuery } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { TrackerDb } from '../../../lib/db/database';
import { removeEntry, restoreEntry, setSubmitted, updateEntry } from '../../../lib/db/edit';
import { summarize, summarizeMonths } from '../../../lib/db/queries';
import { monthOf } from '../../../lib/db/tallies';
import { backupJson, exportBackup } from '../../../lib/export/backup';
import { importBackup } from '../../../lib/import/backup';
import { entry } from '../../helpers/entries';

let db: TrackerDb;
let n = 0;
const year = { from: '2026-01-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' };

/** The tallies counted afresh from every stored row, as `month|own|kind` → count. */
async function recounted() {
  const counts: Record<string, number> = {};
  for (const row of await db.contributions.toArray()) {
    const key = `${monthOf(row.publishedAt)}|${row.own ? 1 : 0}|${row.kind}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

const stored = async () => Object.fromEntries((await db.tallies.toArray()).flatMap((row) => Object.entries(row.counts).map(([key, count]) => [`${row.month}|${key}`, count])));

/** The tallies match the rows exactly, and the glance's counts of the year match the rows too. */
async function expectExact() {
  expect(await stored()).toEqual(await recounted());
  const rows = (await db.contributions.where('publishedAt').between(year.from, year.to, true, false).toArray()).filter((row) => row.own);
  const summary = await summarize(db, year);
  expect(summary.own).toBe(rows.length);
  const byKind: Record<string, number> = {};
  for (const row of rows) byKind[row.kind] = (byKind[row.kind] ?? 0) + 1;
  expect(summary.byKind).toEqual(byKind);
  expect(summary.byMonth.map((month) => month.count)).toEqual(summary.byMonth.map((month) => rows.filter((row) => row.publishedAt.startsWith(month.month)).length));
  expect(await summarizeMonths(db, year)).toEqual({ own: summary.own, byMonth: summary.byMonth });
}

beforeEach(async () => {
  db = new TrackerDb(`tallies-${++n}`);
  await db.contributions.bulkAdd([
    entry({ id: 'a', kind: 'forum-answer', publishedAt: '2026-01-10T00:00:00.000Z' }),
    entry({ id: 'b', kind: 'blog-post', publishedAt: '2026-03-01T00:00:00.000Z' }),
    entry({ id: 'c', kind: 'forum-answer', own: false, publishedAt: '2026-03-05T00:00:00.000Z' }),
    entry({ id: 'd', kind: 'video', publishedAt: '2026-12-31T23:59:59.000Z' }),
    entry({ id: 'old', kind: 'blog-post', publishedAt: '2025-12-31T23:59:59.000Z' }),
  ]);
});

describe('the tallies', () => {
  it('count what a bulk add stored', async () => {
    expect(await stored()).toEqual({ '2025-12|1|blog-post': 1, '2026-01|1|forum-answer': 1, '2026-03|0|forum-answer': 1, '2026-03|1|blog-post': 1, '2026-12|1|video': 1 });
    await expectExact();
  });

  it('follow edits of the owner, the kind and the date, through update, modify, put and the editor', async () => {
    await db.contributions.update('c', { own: true });
    await db.contributions.where('id').equals('a').modify({ kind: 'blog-post', publishedAt: '2026-02-02T00:00:00.000Z' });
    await db.contributions.put({ ...(await db.contributions.get('old'))!, publishedAt: '2026-07-01T00:00:00.000Z' });
    expect(await updateEntry(db, 'd', { kind: 'talk', own: false })).toMatchObject({ ok: true });
    await setSubmitted(db, 'mvp', ['a', 'b'], true);
    await expectExact();
    expect(await stored()).toMatchObject({ '2026-02|1|blog-post': 1, '2026-07|1|blog-post': 1, '2026-12|0|talk': 1 });
  });

  it('follow deletes (one, several, a range, all) and an undo', async () => {
    const removed = await removeEntry(db, 'a');
    await expectExact();
    await restoreEntry(db, removed!);
    await expectExact();
    await db.contributions.bulkDelete(['b', 'missing']);
    await db.contributions.where('id').between('c', 'e').delete();
    await expectExact();
    await db.contributions.clear();
    expect(await db.tallies.count()).toBe(0);
  });

  it('follow an import that adds, updates and leaves entries unchanged', async () => {
    const source = new TrackerDb(`tallies-source-${n}`);
    await source.contributions.bulkAdd([
      { ...(await db.contributions.get('a'))!, kind: 'talk' },
      (await db.contributions.get('b'))!,
      entry({ id: 'new', kind: 'video', publishedAt: '2026-05-05T00:00:00.000Z' }),
    ]);
    const report = await importBackup(db, backupJson(await exportBackup(source)));
    expect([report.added.length, report.updated.length, report.unchanged]).toEqual([1, 1, 1]);
    await expectExact();
  });

  it('count a key written twice in one call once, and no failed or rolled-back write', async () => {
    await db.contributions.bulkPut([entry({ id: 'twice', kind: 'book' }), entry({ id: 'twice', kind: 'podcast' })]);
    await expectExact();
    // A second entry with a stored link fails alone; the caught error lets the rest commit.
    await db.transaction('rw', db.contributions, async () => {
      await db.contributions.bulkAdd([entry({ id: 'ok', kind: 'event' }), entry({ id: 'dup', url: (await db.contributions.get('a'))!.url })]).catch(() => undefined);
    });
    expect(await db.contributions.get('dup')).toBeUndefined();
    await expectExact();
    await expect(
      db.transaction('rw', db.contributions, async () => {
        await db.contributions.add(entry({ id: 'gone', kind: 'book' }));
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    await expectExact();
    expect(await stored()).not.toHaveProperty('2026-03|1|book', 2);
  });

  it('wake a live query of the counts when an entry is saved', async () => {
    const seen: number[] = [];
    const subscription = liveQuery(() => summarize(db, year)).subscribe((summary) => seen.push(summary.own));
    await expect.poll(() => seen).toEqual([3]);
    await db.contributions.add(entry({ id: 'live', publishedAt: '2026-08-08T00:00:00.000Z' }));
    await expect.poll(() => seen).toEqual([3, 4]);
    subscription.unsubscribe();
  });

  it('file a date by where the date index sorts it', () => {
    expect(monthOf('2026-02-01T00:00:00.000Z')).toBe('2026-02');
    expect(monthOf('2026-02-01T00:00:00+01:00')).toBe('2026-01');
    expect(monthOf('2026-01-01T00:00:00+01:00')).toBe('2025-12');
    expect(monthOf('2026-12-31T23:59:59.999Z')).toBe('2026-12');
  });
});
