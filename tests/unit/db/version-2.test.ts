import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { TrackerDb } from '../../../lib/db/database';

/** Writes rows as version 1 of the extension did, with version 1's schema only. */
async function seedVersion1(name: string, rows: object[]) {
  const v1 = new Dexie(name);
  v1.version(1).stores({ contributions: 'id, &url, publishedAt, capturedAt, kind, platform', screenshots: 'id, contributionId' });
  await v1.table('contributions').bulkAdd(rows);
  await v1.table('screenshots').add({ id: 's1', contributionId: 'a', takenAt: '2026-03-01T00:00:00.000Z', dataUrl: 'data:image/png;base64,AA==' });
  v1.close();
}

const row = (id: string, over: object = {}) => ({
  id,
  kind: 'blog-post',
  platform: 'generic',
  url: `https://blog.example.com/${id}`,
  title: `Post ${id}`,
  excerpt: '',
  publishedAt: '2026-03-01T00:00:00.000Z',
  capturedAt: '2026-03-01T00:00:00.000Z',
  source: 'one-click',
  own: true,
  evidence: {},
  notes: 'kept',
  privateNotes: '',
  programs: {},
  ...over,
});

describe('database version 2', () => {
  it('keeps every version 1 row and screenshot, and indexes kind, site and tags', async () => {
    const name = 'upgrade-from-1';
    await seedVersion1(name, [
      row('a', { tags: ['vsphere'] }),
      row('b', { kind: 'forum-answer', platform: 'stack-exchange', publishedAt: '2026-05-01T00:00:00.000Z', tags: undefined }),
    ]);
    const db = new TrackerDb(name);
    await db.open();
    // Later versions build on version 2; what it added must still hold once they ran.
    expect(db.verno).toBeGreaterThanOrEqual(2);
    expect(await db.contributions.count()).toBe(2);
    expect(await db.contributions.get('a')).toMatchObject({ title: 'Post a', notes: 'kept', tags: ['vsphere'] });
    // The row written without tags gets an empty list, so the multi-entry index can hold it.
    expect((await db.contributions.get('b'))?.tags).toEqual([]);
    expect(await db.screenshots.get('s1')).toMatchObject({ contributionId: 'a' });
    expect(await db.contributions.where('tags').equals('vsphere').primaryKeys()).toEqual(['a']);
    const range = ['2026-01-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z'];
    expect(await db.contributions.where('[kind+publishedAt]').between(['forum-answer', range[0]], ['forum-answer', range[1]]).primaryKeys()).toEqual(['b']);
    expect(await db.contributions.where('[platform+publishedAt]').between(['generic', range[0]], ['generic', range[1]]).primaryKeys()).toEqual(['a']);
    db.close();
  });
});
