import { beforeEach, describe, expect, it } from 'vitest';
import { TrackerDb } from '../../../lib/db/database';
import { saveDraft, sha256Hex } from '../../../lib/db/contributions';
import { handleMessage } from '../../../lib/background/handlers';
import { drainOutbox } from '../../../lib/background/drain-outbox';
import { memoryStorage } from '../../helpers/memory-storage';
import { CaptureDraftSchema, DraftSchema, type Draft } from '../../../lib/schema/contribution';

let db: TrackerDb;
let n = 0;
beforeEach(async () => {
  db = new TrackerDb(`refresh-only-${++n}`);
  await db.open();
});

/** A blog post as an editor adapter proposes it; `refreshOnly` marks an update of a live post. */
const fields = (over: Partial<Draft>): Draft => ({
  kind: 'blog-post',
  platform: 'wordpress',
  url: 'https://blog.example.org/2026/11/hello-world/',
  title: 'Hello world',
  excerpt: 'The first post.',
  text: 'The first post.',
  publishedAt: '2026-11-02T09:00:00.000Z',
  own: true,
  source: 'auto',
  ...over,
});
/** The first publication, stored as any capture. */
const published = (over: Partial<Draft> = {}) => DraftSchema.parse(fields(over));
/** What the editor proposes when the post is updated later. */
const post = (over: Partial<Draft> = {}) => CaptureDraftSchema.parse(fields(over));

describe('refreshOnly drafts (an update of a published post)', () => {
  it('never create an entry', async () => {
    expect(await saveDraft(db, post({ refreshOnly: true }))).toEqual({ status: 'not-tracked' });
    expect(await db.contributions.count()).toBe(0);
  });

  it('refresh the excerpt and evidence of the existing entry, never its title, and keep what the user added', async () => {
    const { id } = await saveDraft(db, published(), new Date('2026-11-02T09:00:05Z'));
    await db.contributions.update(id, { notes: 'Shortlisted for the MVP form', tags: ['azure'] });

    const result = await saveDraft(
      db,
      post({ url: 'https://blog.example.org/2026/11/hello-world/?utm_source=x', refreshOnly: true, title: 'Hello, world (revised)', excerpt: 'The first post, revised.', text: 'The first post, revised.', publishedAt: '2026-11-20T10:00:00.000Z' }),
      new Date('2026-11-20T10:00:05Z'),
    );

    expect(result).toEqual({ id, status: 'updated' });
    expect(await db.contributions.count()).toBe(1);
    expect(await db.contributions.get(id)).toMatchObject({
      title: 'Hello world',
      excerpt: 'The first post, revised.',
      evidence: { textSha256: await sha256Hex('The first post, revised.') },
      // The entry still counts for the day the post went live.
      publishedAt: '2026-11-02T09:00:00.000Z',
      capturedAt: '2026-11-02T09:00:05.000Z',
      notes: 'Shortlisted for the MVP form',
      tags: ['azure'],
    });
  });

  it('report a duplicate when nothing changed', async () => {
    const { id } = await saveDraft(db, published());
    expect(await saveDraft(db, post({ refreshOnly: true }))).toEqual({ id, status: 'duplicate' });
  });

  it('keep the stored excerpt when the update shows none', async () => {
    const { id } = await saveDraft(db, published());
    await saveDraft(db, post({ refreshOnly: true, title: 'Renamed', excerpt: '', text: undefined }));
    expect(await db.contributions.get(id)).toMatchObject({ title: 'Hello world', excerpt: 'The first post.' });
  });

  it('keep their flag through the background: an untracked update is answered, not stored', async () => {
    const userSites = async () => [{ origin: 'https://blog.example.org', adapter: 'wordpress' }];
    const deps = { db, extensionId: 'ext', extensionOrigin: 'chrome-extension://ext/', pageActions: () => ({ extractActiveTab: async () => undefined }), userSites };
    const editor = 'https://blog.example.org/wp-admin/post.php?post=7&action=edit';
    const sender = { id: 'ext', url: editor, frameId: 0, tab: { id: 3, url: editor } };
    const message = (draft: Draft, captureId: string) => ({ type: 'captureContribution', captureId, draft });

    expect(await handleMessage(message({ ...post(), refreshOnly: true }, 'c1'), sender, deps)).toEqual({ ok: true, status: 'not-tracked' });
    expect(await db.contributions.count()).toBe(0);

    const created = await handleMessage(message(post(), 'c2'), sender, deps);
    expect(created).toMatchObject({ ok: true, status: 'created' });
    const refreshed = await handleMessage(message({ ...post(), refreshOnly: true, title: 'Hello again', excerpt: 'Revised.', text: 'Revised.' }, 'c3'), sender, deps);
    expect(refreshed).toMatchObject({ ok: true, status: 'updated' });
    expect((await db.contributions.toArray()).map((entry) => [entry.title, entry.excerpt])).toEqual([['Hello world', 'Revised.']]);
  });

  it('keep their flag when the background drains an outbox the page left behind', async () => {
    const storage = memoryStorage({ 'outbox:u1': { captureId: 'u1', draft: { ...post(), refreshOnly: true }, queuedAt: 0, attempts: 1 } });
    await drainOutbox(storage, db);
    expect(await db.contributions.count()).toBe(0);
    expect(storage.data.has('outbox:u1')).toBe(false);
  });
});
