import { beforeEach, describe, expect, it } from 'vitest';
import { TrackerDb } from '../../../lib/db/database';
import { dayToIso, removeEntry, restoreEntry, setSubmitted, updateEntry } from '../../../lib/db/edit';
import { addManual } from '../../../lib/db/manual';
import { entry } from '../../helpers/entries';

let db: TrackerDb;
let n = 0;
const now = new Date('2026-11-22T09:00:00.000Z');

beforeEach(async () => {
  db = new TrackerDb(`edit-${++n}`);
  await db.contributions.add(entry({ id: 'a', title: 'Original', url: 'https://blog.example.com/a', publishedAt: '2026-03-04T10:00:00.000Z', metrics: { asOf: '2026-03-05T00:00:00.000Z', views: 5 } }));
  await db.screenshots.add({ id: 's', contributionId: 'a', takenAt: '2026-03-04T10:00:00.000Z', dataUrl: 'data:image/png;base64,AA==' });
});

describe('updateEntry', () => {
  it('writes a valid change and dates new counts', async () => {
    const result = await updateEntry(db, 'a', { title: 'Better title', tags: ['nsx'], notes: 'n', privateNotes: 'p', kind: 'article', metrics: { views: 9, attendees: undefined } }, now);
    expect(result.ok).toBe(true);
    expect(await db.contributions.get('a')).toMatchObject({ title: 'Better title', tags: ['nsx'], notes: 'n', privateNotes: 'p', kind: 'article', metrics: { views: 9, asOf: '2026-11-22T09:00:00.000Z' } });
  });

  it('refuses an invalid change with zod’s messages per field and writes nothing', async () => {
    const result = await updateEntry(db, 'a', { title: '   ', publishedAt: 'yesterday', metrics: { views: -1 } }, now);
    expect(result).toEqual({
      ok: false,
      errors: {
        title: 'a title is required',
        publishedAt: 'must be an ISO 8601 date-time',
        'metrics.views': expect.stringMatching(/>=\s*0/),
      },
    });
    expect((await db.contributions.get('a'))?.title).toBe('Original');
  });

  it('keeps the counts’ as-of date when the counts did not change', async () => {
    await updateEntry(db, 'a', { title: 'Only the title', metrics: { views: 5 } }, now);
    expect((await db.contributions.get('a'))?.metrics).toEqual({ views: 5, asOf: '2026-03-05T00:00:00.000Z' });
    await updateEntry(db, 'a', { metrics: {} }, now);
    expect((await db.contributions.get('a'))?.metrics).toBeUndefined();
  });

  it('keeps the time of day when the date is unchanged', () => {
    expect(dayToIso('2026-03-04', '2026-03-04T10:00:00.000Z')).toBe('2026-03-04T10:00:00.000Z');
    expect(dayToIso('2026-03-09', '2026-03-04T10:00:00.000Z')).toBe('2026-03-09T12:00:00.000Z');
  });
});

describe('delete and undo', () => {
  it('puts back the entry and its screenshot exactly', async () => {
    const before = await db.contributions.get('a');
    const removed = await removeEntry(db, 'a');
    expect(await db.contributions.count()).toBe(0);
    expect(await db.screenshots.count()).toBe(0);
    await restoreEntry(db, removed!);
    expect(await db.contributions.get('a')).toEqual(before);
    expect(await db.screenshots.get('s')).toMatchObject({ contributionId: 'a' });
  });
});

describe('submitted marks', () => {
  it('marks and unmarks per program', async () => {
    await setSubmitted(db, 'mvp', ['a', 'missing'], true, now);
    expect((await db.contributions.get('a'))?.programs).toEqual({ mvp: { status: 'submitted', at: '2026-11-22T09:00:00.000Z' } });
    await setSubmitted(db, 'vexpert', ['a'], true, now);
    await setSubmitted(db, 'mvp', ['a'], false, now);
    expect(Object.keys((await db.contributions.get('a'))!.programs)).toEqual(['vexpert']);
  });
});

describe('addManual', () => {
  it('adds an own, manual entry with notes', async () => {
    const result = await addManual(db, { kind: 'talk', title: 'vSphere at scale', url: 'https://vmug.example.org/usercon?utm_source=x', publishedAt: '2026-05-01T12:00:00.000Z', contextTitle: 'VMUG UserCon', tags: ['vsphere'], metrics: { attendees: 120 }, notes: 'Keynote' }, now);
    expect(result.ok).toBe(true);
    const stored = await db.contributions.where('kind').equals('talk').first();
    expect(stored).toMatchObject({ platform: 'manual', source: 'manual', own: true, url: 'https://vmug.example.org/usercon', contextTitle: 'VMUG UserCon', notes: 'Keynote', tags: ['vsphere'], metrics: { attendees: 120 } });
  });

  it('explains what is wrong, field by field', async () => {
    const result = await addManual(db, { kind: 'talk', title: '', url: 'javascript:alert(1)', notes: 'x'.repeat(6000) });
    expect(result).toEqual({ ok: false, errors: { title: 'a title is required', url: 'must be an http(s) URL', notes: expect.stringMatching(/<=\s*5000/) } });
    expect(await db.contributions.count()).toBe(1);
  });

  it('refuses a link that is already saved', async () => {
    const result = await addManual(db, { kind: 'blog-post', title: 'Again', url: 'https://blog.example.com/a#top' });
    expect(result).toEqual({ ok: false, errors: { url: 'Already saved as “Original”.' } });
  });
});
