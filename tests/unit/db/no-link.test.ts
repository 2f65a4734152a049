import { beforeEach, describe, expect, it } from 'vitest';
import { exportBackup } from '../../../lib/export/backup';
import { entriesToCsv } from '../../../lib/export/csv';
import { yearReport } from '../../../lib/export/markdown';
import { importBackup } from '../../../lib/import/backup';
import { saveDraft } from '../../../lib/db/contributions';
import { TrackerDb } from '../../../lib/db/database';
import { updateEntry } from '../../../lib/db/edit';
import { addManual } from '../../../lib/db/manual';
import { ContributionSchema } from '../../../lib/schema/contribution';

let db: TrackerDb;
let n = 0;
const now = new Date('2026-11-22T09:00:00.000Z');
beforeEach(() => {
  db = new TrackerDb(`no-link-${++n}`);
});

const talk = (title: string) => ({ kind: 'talk' as const, title, publishedAt: '2026-05-14T12:00:00.000Z', contextTitle: 'VMUG UserCon', url: '' });

describe('an entry added by hand without a link', () => {
  it('stores talks and events with no link, several of them, under the unique link index of version 3', async () => {
    const first = await addManual(db, { ...talk('Keynote'), notes: 'Opening talk.', metrics: { attendees: 200, views: undefined } }, now);
    const second = await addManual(db, { ...talk('Lightning talk'), kind: 'event' }, now);
    expect(first).toMatchObject({ ok: true, entry: { title: 'Keynote', source: 'manual', notes: 'Opening talk.', metrics: { attendees: 200, asOf: now.toISOString() } } });
    expect(second.ok).toBe(true);
    const stored = await db.contributions.toArray();
    expect(stored).toHaveLength(2);
    expect(stored.every((entry) => !('url' in entry))).toBe(true);
    expect(stored[0]!.evidence.textSha256).toMatch(/^[0-9a-f]{64}$/);
    // IndexedDB leaves rows without the key out of the index: they are never found as a link.
    expect(await db.contributions.where('url').equals('').count()).toBe(0);
  });

  it('still needs a link for kinds that always have a page, and from captures', async () => {
    expect(await addManual(db, { ...talk('A post'), kind: 'blog-post' }, now)).toEqual({
      ok: false,
      errors: { url: 'a link is required (only talks, events, user groups and mentoring added by hand may have none)' },
    });
    expect(ContributionSchema.safeParse({ id: 'x', kind: 'talk', platform: 'generic', title: 'T', publishedAt: now.toISOString(), capturedAt: now.toISOString(), source: 'one-click', own: true }).success).toBe(false);
    expect(await db.contributions.count()).toBe(0);
  });

  it('keeps dedupe for links: a captured link saved twice is one entry, a hand-added one refused', async () => {
    await addManual(db, talk('No link'), now);
    const draft = { kind: 'talk' as const, platform: 'generic', url: 'https://sessionize.com/s/jane/keynote/1', title: 'Keynote', excerpt: '', own: true, source: 'one-click' as const };
    const a = await saveDraft(db, draft, now);
    const b = await saveDraft(db, draft, now);
    expect(b).toEqual({ id: a.id, status: 'duplicate' });
    expect(await addManual(db, { ...talk('Again'), url: 'https://sessionize.com/s/jane/keynote/1' }, now)).toMatchObject({ ok: false, errors: { url: 'Already saved as “Keynote”.' } });
    expect(await db.contributions.count()).toBe(2);
  });

  it('lets the editor remove a hand-added talk’s link, never a capture’s', async () => {
    const added = await addManual(db, { ...talk('With link'), url: 'https://events.example.org/t/1' }, now);
    if (!added.ok) throw new Error('not added');
    expect(await updateEntry(db, added.entry.id, { url: undefined }, now)).toMatchObject({ ok: true });
    expect((await db.contributions.get(added.entry.id))?.url).toBeUndefined();
    const { id } = await saveDraft(db, { kind: 'talk', platform: 'generic', url: 'https://events.example.org/t/2', title: 'Captured', excerpt: '', own: true, source: 'one-click' }, now);
    expect(await updateEntry(db, id, { url: undefined }, now)).toMatchObject({ ok: false, errors: { url: expect.stringMatching(/^a link is required/) } });
  });

  it('exports without a link (CSV cell empty, Markdown without a site) and restores from a backup by id', async () => {
    await addManual(db, { ...talk('Keynote'), notes: '' }, now);
    const [entry] = await db.contributions.toArray();
    const csv = entriesToCsv([entry!]).split('\r\n');
    expect(csv[1]).toMatch(/^2026-05-14,Talk,Keynote,,VMUG UserCon,/);
    expect(yearReport([entry!], '2026')).toContain('- 2026-05-14: Keynote (VMUG UserCon)\n');
    const backup = JSON.stringify(await exportBackup(db, now));
    const fresh = new TrackerDb(`no-link-restore-${n}`);
    expect(await importBackup(fresh, backup)).toMatchObject({ written: true, added: [{ title: 'Keynote' }] });
    await addManual(db, { ...talk('Panel'), notes: '' }, now);
    const two = JSON.stringify(await exportBackup(db, now));
    expect(await importBackup(fresh, two)).toMatchObject({ written: true, added: [{ title: 'Panel' }], unchanged: 1, rejected: [] });
    expect(await fresh.contributions.count()).toBe(2);
  });
});
