import { beforeEach, describe, expect, it } from 'vitest';
import { buildSearchIndex, readByDate, searchIndex, searchOnly } from '../../../components/search-index';
import { TrackerDb } from '../../../lib/db/database';
import { filteredIds } from '../../../lib/db/queries';
import { entry } from '../../helpers/entries';

let db: TrackerDb;
let n = 0;
beforeEach(() => {
  db = new TrackerDb(`search-index-${++n}`);
});

const sameDay = '2026-05-01T09:00:00.000Z';
const seed = () =>
  db.contributions.bulkAdd([
    entry({ id: 'b-title', title: 'Kubernetes on a Pi', publishedAt: sameDay }),
    entry({ id: 'a-notes', title: 'Cluster notes', notes: 'about KUBERNETES upgrades', publishedAt: sameDay }),
    entry({ id: 'c-tag', title: 'A talk', tags: ['kubernetes'], kind: 'talk', publishedAt: '2026-02-01T00:00:00.000Z' }),
    entry({ id: 'd-url', title: 'Answer', url: 'https://stackoverflow.com/q/1/kubernetes-pods', publishedAt: '2026-12-31T23:59:59.999Z' }),
    entry({ id: 'e-thread', title: 'Reply', contextTitle: 'Why do Kubernetes pods restart?', publishedAt: '2025-11-01T00:00:00.000Z' }),
    entry({ id: 'f-excerpt', title: 'Post', excerpt: 'We moved to kubernetes.', own: false, publishedAt: '2027-01-01T00:00:00.000Z' }),
    entry({ id: 'g-none', title: 'Nothing here', notes: 'docker only', publishedAt: '2026-06-01T00:00:00.000Z' }),
  ]);

const year = { from: '2026-01-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' };
const everything = { from: '2000-01-01T00:00:00.000Z', to: '2100-01-01T00:00:00.000Z' };

describe('search index', () => {
  it('lists the same ids in the same order as the database search, for every field, range and case', async () => {
    await seed();
    const index = buildSearchIndex(await db.contributions.orderBy('publishedAt').toArray());
    for (const range of [year, everything]) {
      for (const search of ['kubernetes', '  KuBeRnEtEs ', 'pods', 'notes', 'docker', 'absent']) {
        expect(searchIndex(index, range, search), `${search} in ${range.from}`).toEqual(await filteredIds(db, range, { search }));
      }
    }
    // Spelled out once, so the comparison cannot pass with both sides wrong.
    expect(searchIndex(index, year, 'kubernetes')).toEqual(['d-url', 'b-title', 'a-notes', 'c-tag']);
  });

  it('reads every entry a chunk at a time, in the date index’s order (ids within a date)', async () => {
    await seed();
    const byIndex = (await db.contributions.orderBy('publishedAt').toArray()).map((row) => row.id);
    for (const chunk of [1, 2, 3, 500]) expect((await readByDate(db, chunk)).map((row) => row.id), `chunks of ${chunk}`).toEqual(byIndex);
    expect(searchIndex(buildSearchIndex(await readByDate(db, 2)), everything, 'kubernetes')).toEqual(await filteredIds(db, everything, { search: 'kubernetes' }));
  });

  it('answers a search alone, never one with other filters', () => {
    expect(searchOnly({ search: 'vmug' })).toBe(true);
    expect(searchOnly({ search: '   ' })).toBe(false);
    expect(searchOnly({})).toBe(false);
    expect(searchOnly({ search: 'vmug', kind: 'talk' })).toBe(false);
    expect(searchOnly({ search: 'vmug', own: false })).toBe(false);
    expect(searchOnly({ search: 'vmug', kind: undefined })).toBe(true);
  });
});
