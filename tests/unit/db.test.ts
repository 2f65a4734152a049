import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TrackerDb } from '../../lib/db/database';
import { deleteContribution, findByUrl, saveDraft, sha256Hex } from '../../lib/db/contributions';
import { updateSettings } from '../../lib/settings';
import { listRange } from '../../lib/db/queries';
import { calendarYear } from '../../lib/periods';
import { DraftSchema, type Draft } from '../../lib/schema/contribution';

let db: TrackerDb;
let n = 0;
beforeEach(async () => {
  db = new TrackerDb(`test-${++n}`);
  await db.open();
});

const draft = (over: Partial<Draft> = {}) =>
  DraftSchema.parse({
    kind: 'forum-answer',
    platform: 'stack-exchange',
    url: 'https://stackoverflow.com/questions/52742612/x/52742770#52742770',
    title: 'How to print a stack trace?',
    text: 'Use traceback.print_exception',
    publishedAt: '2026-03-04T05:06:07.000Z',
    own: true,
    source: 'auto',
    metrics: { votes: 3, accepted: false },
    ...over,
  });

describe('saveDraft', () => {
  it('creates an entry under the canonical URL with evidence', async () => {
    const result = await saveDraft(db, draft(), new Date('2026-03-05T00:00:00Z'));
    expect(result.status).toBe('created');
    const stored = await db.contributions.get(result.id);
    expect(stored).toMatchObject({
      url: 'https://stackoverflow.com/a/52742770',
      capturedAt: '2026-03-05T00:00:00.000Z',
      metrics: { votes: 3, accepted: false, asOf: '2026-03-05T00:00:00.000Z' },
      evidence: { textSha256: await sha256Hex('Use traceback.print_exception') },
    });
  });

  it('dedupes the same answer reached by another link, keeping the id', async () => {
    const first = await saveDraft(db, draft());
    const again = await saveDraft(db, draft({ url: 'https://stackoverflow.com/a/52742770/99?utm_source=share' }));
    expect(again).toEqual({ id: first.id, status: 'duplicate' });
    expect(await db.contributions.count()).toBe(1);
  });

  it('updates metrics with a new as-of date and keeps the id and user edits', async () => {
    const first = await saveDraft(db, draft(), new Date('2026-03-05T00:00:00Z'));
    await db.contributions.update(first.id, { title: 'My own title', notes: 'kept' });
    const later = await saveDraft(db, draft({ metrics: { votes: 9, accepted: true } }), new Date('2026-04-01T00:00:00Z'));
    expect(later).toEqual({ id: first.id, status: 'updated' });
    const stored = await db.contributions.get(first.id);
    expect(stored).toMatchObject({
      title: 'My own title',
      notes: 'kept',
      metrics: { votes: 9, accepted: true, asOf: '2026-04-01T00:00:00.000Z' },
    });
  });

  it('keeps who wrote an entry when it is saved again: ownership changes only by the user’s edit', async () => {
    const first = await saveDraft(db, draft({ own: false, title: 'Saved from someone' }));
    expect(await saveDraft(db, draft({ own: true, title: 'Renamed by the page' }))).toEqual({ id: first.id, status: 'duplicate' });
    expect(await db.contributions.get(first.id)).toMatchObject({ own: false, title: 'Saved from someone' });
  });

  it('gives one entry when two saves of the same answer race', async () => {
    const results = await Promise.all([saveDraft(db, draft()), saveDraft(db, draft()), saveDraft(db, draft())]);
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(results.filter((r) => r.status === 'created')).toHaveLength(1);
    expect(await db.contributions.count()).toBe(1);
  });

  it('uses the capture date when the publication date is unknown', async () => {
    const { id } = await saveDraft(db, draft({ publishedAt: undefined }), new Date('2026-07-01T00:00:00Z'));
    expect((await db.contributions.get(id))?.publishedAt).toBe('2026-07-01T00:00:00.000Z');
  });
});

describe('URL rules of the sites the user added', () => {
  const reply = (url: string) => draft({ platform: 'discourse', url, title: 'Reply' });
  afterEach(() => fakeBrowser.reset());

  it('gives a forum the user added for Discourse its /t/ rule, and no other host', async () => {
    await updateSettings((settings) => ({ ...settings, userSites: [{ origin: 'https://forum.example.org', adapter: 'discourse', addedAt: '2026-01-01T00:00:00.000Z' }] }));
    const added = await saveDraft(db, reply('https://forum.example.org/t/a-topic/77/5?u=someone'));
    expect((await db.contributions.get(added.id))?.url).toBe('https://forum.example.org/t/a-topic/77/5');
    expect((await findByUrl(db, 'https://forum.example.org/t/a-topic/77#post_5'))?.id).toBe(added.id);

    const other = await saveDraft(db, reply('https://shop.example.com/t/a-topic/77/5?u=someone'));
    expect((await db.contributions.get(other.id))?.url).toBe('https://shop.example.com/t/a-topic/77/5?u=someone');
  });
});

describe('queries', () => {
  beforeEach(async () => {
    await saveDraft(db, draft({ url: 'https://stackoverflow.com/a/1', publishedAt: '2025-12-31T23:59:59.000Z' }));
    await saveDraft(db, draft({ url: 'https://stackoverflow.com/a/2', publishedAt: '2026-01-01T00:00:00.000Z' }));
    await saveDraft(db, draft({ url: 'https://stackoverflow.com/a/3', publishedAt: '2026-06-01T00:00:00.000Z' }));
    await saveDraft(db, draft({ url: 'https://blog.example.com/p', kind: 'blog-post', platform: 'generic', publishedAt: '2026-02-01T00:00:00.000Z' }));
  });

  it('lists a calendar year, newest first, bounds included correctly', async () => {
    expect((await listRange(db, calendarYear(2026))).map((e) => e.url)).toEqual([
      'https://stackoverflow.com/a/3',
      'https://blog.example.com/p',
      'https://stackoverflow.com/a/2',
    ]);
    expect((await listRange(db, calendarYear(2025))).map((e) => e.url)).toEqual(['https://stackoverflow.com/a/1']);
  });

  it('finds by any link to the same post, and deletes', async () => {
    const found = await findByUrl(db, 'https://stackoverflow.com/questions/9/x/3#3');
    expect(found?.url).toBe('https://stackoverflow.com/a/3');
    expect(await deleteContribution(db, found!.id)).toBe(true);
    expect(await findByUrl(db, 'https://stackoverflow.com/a/3')).toBeUndefined();
  });
});
