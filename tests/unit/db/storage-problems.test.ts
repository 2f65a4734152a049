import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { TrackerDb } from '../../../lib/db/database';
import { describeStorageProblem, watchStorage, type StorageProblem } from '../../../lib/db/storage-problems';

let n = 0;
const name = () => `storage-problems-${++n}`;

describe('describeStorageProblem', () => {
  it.each([
    ['a full disk (Chrome aborts the transaction)', new Dexie.AbortError('Transaction aborted', new DOMException('The quota has been exceeded.', 'QuotaExceededError')), 'quota'],
    ['a full disk (Dexie’s own error)', new Dexie.QuotaExceededError('quota'), 'quota'],
    ['a full disk (a bare DOMException)', new DOMException('The quota has been exceeded.', 'QuotaExceededError'), 'quota'],
    ['no IndexedDB at all', new Dexie.MissingAPIError('IndexedDB API missing'), 'unavailable'],
    ['a Firefox private window', new Dexie.OpenFailedError('open failed', new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError')), 'unavailable'],
    ['a storage access refusal', new DOMException('The operation is insecure.', 'SecurityError'), 'unavailable'],
    // Dexie 4 opens a database of a higher version when its tables fit; a VersionError is left for when they do not.
    ['a database from a newer version', new Dexie.OpenFailedError('open failed', new DOMException('The requested version is less than the existing version.', 'VersionError')), 'newer-version'],
    ['a corrupt database', new Dexie.OpenFailedError('UnknownError Internal error opening backing store'), 'failed'],
    ['something else', 'a string thrown by someone', 'failed'],
  ])('explains %s, with what to do', (_label, error, kind) => {
    const problem = describeStorageProblem(error);
    expect(problem.kind).toBe(kind);
    expect(problem.message.length).toBeGreaterThan(20);
    expect(problem.action).toMatch(/^[A-Z].+\.$/);
  });
});

describe('watchStorage', () => {
  it('reports nothing when the database opens', async () => {
    const report = vi.fn();
    watchStorage(new TrackerDb(name()), report);
    await vi.waitFor(() => expect(report).toHaveBeenCalledWith(undefined));
    expect(report).toHaveBeenCalledTimes(1);
  });

  it('reports an open failure with what to do', async () => {
    const db = new TrackerDb(name());
    vi.spyOn(db, 'open').mockReturnValue(Dexie.Promise.reject(new Dexie.MissingAPIError('IndexedDB API missing')) as never);
    const report = vi.fn();
    watchStorage(db, report);
    await vi.waitFor(() => expect(report).toHaveBeenCalledWith(expect.objectContaining({ kind: 'unavailable' })));
  });

  it('says so while another tab holds the old database open, and clears it once the upgrade goes through', async () => {
    const dbName = name();
    const old = new Dexie(dbName);
    old.version(1).stores({ contributions: 'id, &url, publishedAt, capturedAt, kind, platform', screenshots: 'id, contributionId' });
    await old.open();
    old.on('versionchange', () => false); // an old tab that does not let go
    const reports: (StorageProblem | undefined)[] = [];
    watchStorage(new TrackerDb(dbName), (problem) => reports.push(problem));
    await vi.waitFor(() => expect(reports.at(-1)?.kind).toBe('blocked'));
    old.close();
    await vi.waitFor(() => expect(reports.at(-1)).toBeUndefined());
  });

  it('tells an open page that a newer version upgraded the database, and lets the upgrade through', async () => {
    const dbName = name();
    const page = new TrackerDb(dbName);
    const reports: (StorageProblem | undefined)[] = [];
    watchStorage(page, (problem) => reports.push(problem));
    await vi.waitFor(() => expect(reports).toEqual([undefined]));
    const newer = new Dexie(dbName);
    newer.version(99).stores({ contributions: 'id, &url', screenshots: 'id' });
    await newer.open(); // not blocked: the page's connection closed for it
    expect(reports.at(-1)).toMatchObject({ kind: 'upgraded', action: expect.stringMatching(/Reload this page/) });
    newer.close();
  });

  it('stops watching when asked', async () => {
    const dbName = name();
    const page = new TrackerDb(dbName);
    const report = vi.fn();
    const stop = watchStorage(page, report);
    await vi.waitFor(() => expect(report).toHaveBeenCalledTimes(1));
    stop();
    const newer = new Dexie(dbName);
    newer.version(99).stores({ contributions: 'id' });
    await newer.open();
    expect(report).toHaveBeenCalledTimes(1);
    newer.close();
  });
});
