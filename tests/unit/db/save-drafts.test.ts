import Dexie from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { TrackerDb } from '../../../lib/db/database';
import { saveDraft, saveDrafts } from '../../../lib/db/contributions';
import { DraftSchema, type Draft } from '../../../lib/schema/contribution';

let db: TrackerDb;
let n = 0;
beforeEach(async () => {
  db = new TrackerDb(`save-drafts-${++n}`);
  await db.open();
});

const draft = (over: Partial<Draft> = {}) =>
  DraftSchema.parse({
    kind: 'forum-answer',
    platform: 'stack-exchange',
    url: 'https://stackoverflow.com/a/100',
    title: 'An answer',
    publishedAt: '2026-03-04T05:06:07.000Z',
    own: true,
    source: 'backfill',
    ...over,
  });

describe('saveDrafts', () => {
  it('stores many drafts with the dedupe of a capture, in order', async () => {
    const captured = await saveDraft(db, draft({ url: 'https://stackoverflow.com/a/1', source: 'auto', metrics: { votes: 1 } }));
    const results = await saveDrafts(
      db,
      [
        draft({ url: 'https://stackoverflow.com/questions/9/slug/1#1', metrics: { votes: 5 } }),
        draft({ url: 'https://stackoverflow.com/a/2' }),
        draft({ url: 'https://stackoverflow.com/a/2?utm_source=feed' }),
      ],
      new Date('2026-11-22T00:00:00Z'),
    );
    expect(results.map((r) => r.status)).toEqual(['updated', 'created', 'duplicate']);
    expect(results[0]!.id).toBe(captured.id);
    expect(results[2]!.id).toBe(results[1]!.id);
    const updated = await db.contributions.get(captured.id);
    expect(updated).toMatchObject({ source: 'auto', metrics: { votes: 5, asOf: '2026-11-22T00:00:00.000Z' } });
    expect(await db.contributions.count()).toBe(2);
  });

  it('stores none of them when one write fails', async () => {
    await saveDraft(db, draft({ url: 'https://stackoverflow.com/a/1', metrics: { votes: 1 } }));
    const add = db.contributions.add.bind(db.contributions);
    let calls = 0;
    vi.spyOn(db.contributions, 'add').mockImplementation((...args) => {
      calls += 1;
      if (calls === 2) return Dexie.Promise.reject(new Error('QuotaExceededError'));
      return add(...args);
    });
    await expect(
      saveDrafts(db, [
        draft({ url: 'https://stackoverflow.com/a/1', metrics: { votes: 9 } }),
        draft({ url: 'https://stackoverflow.com/a/2' }),
        draft({ url: 'https://stackoverflow.com/a/3' }),
      ]),
    ).rejects.toThrow(/QuotaExceeded/);
    const all = await db.contributions.toArray();
    expect(all.map((entry) => entry.url)).toEqual(['https://stackoverflow.com/a/1']);
    expect(all[0]!.metrics?.votes).toBe(1);
  });
});
