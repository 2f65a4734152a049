import { beforeEach, describe, expect, it, vi } from 'vitest';
import { TrackerDb } from '../../../lib/db/database';
import { backupJson, exportBackup } from '../../../lib/export/backup';
import { checkBackup, importBackup } from '../../../lib/import/backup';
import { entry } from '../../helpers/entries';

let n = 0;
const fresh = () => new TrackerDb(`import-${++n}`);
const now = new Date('2026-11-22T10:00:00.000Z');
const shot = { id: 's1', contributionId: 'a', takenAt: '2026-03-04T10:00:00.000Z', dataUrl: 'data:image/png;base64,iVBORw0KGgo=' };

let source: TrackerDb;
beforeEach(async () => {
  source = fresh();
  await source.contributions.bulkAdd([
    entry({ id: 'a', title: 'Answer', kind: 'forum-answer', url: 'https://stackoverflow.com/a/1', evidence: { textSha256: 'a'.repeat(64), screenshotId: 's1' }, metrics: { asOf: '2026-03-05T00:00:00.000Z', votes: 3 }, privateNotes: 'kept in backups', programs: { mvp: { status: 'submitted', at: '2026-06-01T00:00:00.000Z' } } }),
    entry({ id: 'b', title: 'Post', url: 'https://blog.example.com/b', tags: ['nsx'] }),
  ]);
  await source.screenshots.add(shot);
});

const backupText = async () => backupJson(await exportBackup(source, now));
const withEntries = async (change: (entries: unknown[]) => unknown[]) => {
  const backup = JSON.parse(await backupText());
  backup.entries = change(backup.entries);
  return JSON.stringify(backup);
};

describe('export then import', () => {
  it('gives the same entries and evidence in a fresh database', async () => {
    const text = await backupText();
    expect(JSON.parse(text)).toMatchObject({ format: 'contribution-tracker-backup', version: 1, exportedAt: '2026-11-22T10:00:00.000Z' });
    const target = fresh();
    const report = await importBackup(target, text);
    expect(report).toMatchObject({ written: true, unchanged: 0, screenshots: 1, rejected: [] });
    expect(report.added.map((a) => a.id).sort()).toEqual(['a', 'b']);
    expect(await target.contributions.orderBy('id').toArray()).toEqual(await source.contributions.orderBy('id').toArray());
    expect(await target.screenshots.toArray()).toEqual([shot]);
  });

  it('reports nothing new when the same backup is imported twice', async () => {
    const target = fresh();
    await importBackup(target, await backupText());
    expect(await importBackup(target, await backupText())).toMatchObject({ written: true, added: [], updated: [], unchanged: 2 });
  });

  it('updates a changed entry, and matches the same link under another id keeping the local id', async () => {
    const target = fresh();
    await target.contributions.add(entry({ id: 'local-b', title: 'Old title', url: 'https://blog.example.com/b' }));
    await target.contributions.add(entry({ id: 'a', title: 'Answer before edit', kind: 'forum-answer', url: 'https://stackoverflow.com/a/1' }));
    const report = await importBackup(target, await backupText());
    expect(report.updated).toEqual([{ id: 'a', title: 'Answer' }, { id: 'local-b', title: 'Post' }]);
    expect(await target.contributions.count()).toBe(2);
    expect(await target.contributions.get('local-b')).toMatchObject({ title: 'Post', tags: ['nsx'] });
  });
});

describe('validation before anything is written', () => {
  it('refuses the whole file when one entry is invalid, saying which and why', async () => {
    const text = await withEntries((entries) => [...entries, { ...(entries[1] as object), id: 'c', url: 'javascript:alert(1)', title: 'Bad link' }, { id: 'd' }]);
    const target = fresh();
    const report = await importBackup(target, text);
    expect(report.written).toBe(false);
    expect(report.error).toBe('2 item(s) in the file cannot be imported, so nothing was imported.');
    expect(report.rejected[0]).toEqual({ position: 3, what: 'entry', title: 'Bad link', reasons: ['url: must be an http(s) URL'] });
    expect(report.rejected[1]!.position).toBe(4);
    expect(report.rejected[1]!.reasons).toEqual(expect.arrayContaining([expect.stringMatching(/^kind: /), expect.stringMatching(/^title: /)]));
    expect(report.added).toHaveLength(2);
    expect(await target.contributions.count()).toBe(0);
  });

  it('imports the valid part when asked', async () => {
    const text = await withEntries((entries) => [...entries, { id: 'd' }]);
    const target = fresh();
    const report = await importBackup(target, text, { allowPartial: true });
    expect(report).toMatchObject({ written: true, rejected: [{ position: 3, what: 'entry' }] });
    expect(await target.contributions.count()).toBe(2);
  });

  it('rejects duplicates within the file and screenshots of nothing', async () => {
    const backup = JSON.parse(await backupText());
    backup.entries.push({ ...backup.entries[0], id: 'z', url: 'https://stackoverflow.com/questions/9/x/1#1' });
    backup.screenshots.push({ ...shot, id: 's2', contributionId: 'nobody' });
    const checked = checkBackup(JSON.stringify(backup));
    expect('error' in checked).toBe(false);
    if ('error' in checked) return;
    expect(checked.rejected).toEqual([
      { position: 3, what: 'entry', title: 'Answer', reasons: ['the same link appears earlier in the file (entry 1)'] },
      { position: 2, what: 'screenshot', reasons: ['it belongs to no entry that is being imported'] },
    ]);
  });

  it.each([
    ['not JSON', 'not json {', /^The file is not valid JSON/],
    ['another file', JSON.stringify({ hello: 'world' }), /^The file is not a Contribution Tracker backup: format: this is not a Contribution Tracker backup/],
    ['a newer format', JSON.stringify({ format: 'contribution-tracker-backup', version: 2, exportedAt: '2026-01-01T00:00:00.000Z', entries: [] }), /newer version of the extension \(format 2\)/],
  ])('refuses %s with a reason', async (_label, text, message) => {
    const target = fresh();
    const report = await importBackup(target, text);
    expect(report.written).toBe(false);
    expect(report.error).toMatch(message);
    expect(await target.contributions.count()).toBe(0);
  });

  it('writes nothing when the transaction fails half-way', async () => {
    const target = fresh();
    vi.spyOn(target.screenshots, 'bulkPut').mockRejectedValue(new Error('QuotaExceededError'));
    const report = await importBackup(target, await backupText());
    expect(report.written).toBe(false);
    expect(report.error).toBe('Nothing was imported: QuotaExceededError');
    expect(await target.contributions.count()).toBe(0);
  });

  it('writes nothing, counts included, when the changed entries fail after the new ones were added', async () => {
    const target = fresh();
    await target.contributions.add({ ...(await source.contributions.get('a'))!, title: 'Edited here' });
    const before = [await target.contributions.toArray(), await target.tallies.toArray()];
    vi.spyOn(target.contributions, 'bulkPut').mockRejectedValue(new Error('QuotaExceededError'));
    const report = await importBackup(target, await backupText());
    expect(report).toMatchObject({ written: false, error: 'Nothing was imported: QuotaExceededError' });
    expect([await target.contributions.toArray(), await target.tallies.toArray()]).toEqual(before);
  });
});
