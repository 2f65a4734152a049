import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TrackerDb } from '../../../lib/db/database';
import { backupJson, exportBackup } from '../../../lib/export/backup';
import { importBackup, type ImportReport } from '../../../lib/import/backup';
import { KINDS, LIMITS } from '../../../lib/schema/contribution';
import { entry } from '../../helpers/entries';

/**
 * Property-based: whatever a backup file holds (garbage, a hostile or truncated edit of a real one),
 * the import never throws, never writes unless the whole file is valid, and says what was wrong.
 */

let n = 0;
const NOW = new Date('2026-11-22T10:00:00.000Z');

/** A database that already holds the user's year; an import must never damage it. */
async function existing() {
  const db = new TrackerDb(`import-props-${++n}`);
  await db.contributions.bulkAdd([
    entry({ id: 'mine-1', title: 'My answer', url: 'https://stackoverflow.com/a/777', kind: 'forum-answer', platform: 'stack-exchange', notes: 'keep me' }),
    entry({ id: 'mine-2', title: 'My post', url: 'https://blog.example.com/keep' }),
  ]);
  return db;
}
const snapshot = async (db: TrackerDb) => JSON.stringify([await db.contributions.orderBy('id').toArray(), await db.screenshots.orderBy('id').toArray()]);

/** A valid backup of a few entries, as the extension exports it. */
async function validBackup(count: number): Promise<Record<string, unknown> & { entries: Record<string, unknown>[] }> {
  const source = new TrackerDb(`import-props-source-${++n}`);
  await source.contributions.bulkAdd(
    Array.from({ length: count }, (_, i) =>
      entry({ id: `b${i}`, title: `Backed up ${i}`, url: `https://blog.example.com/backed-up-${i}`, tags: ['vsphere'], privateNotes: 'private' }),
    ),
  );
  return JSON.parse(backupJson(await exportBackup(source, NOW)));
}

/** Every report can be shown to the user as is. */
function expectReadable(report: ImportReport) {
  const text = JSON.stringify(report);
  expect(text).not.toMatch(/\[object Object\]|undefined is not|Cannot read prop/);
  if (report.error !== undefined) expect(report.error).toMatch(/^\S.{10,}/s);
  for (const rejected of report.rejected) {
    expect(rejected.position).toBeGreaterThanOrEqual(1);
    expect(rejected.reasons.length).toBeGreaterThan(0);
    for (const reason of rejected.reasons) expect(reason).toMatch(/\S/);
  }
  if (!report.written) expect(report.error).toBeDefined();
}

const hostileString = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    '=HYPERLINK("https://evil.example","click")',
    '\u202Egnp.exe',
    '\u0000\uFFFF\uD800',
    'x'.repeat(LIMITS.title + 1),
    '__proto__',
    '',
    '   ',
  ),
);
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }),
);
const FIELDS = ['id', 'kind', 'platform', 'url', 'contextUrl', 'title', 'excerpt', 'publishedAt', 'capturedAt', 'source', 'author', 'own', 'metrics', 'evidence', 'tags', 'notes', 'privateNotes', 'programs'];

describe('importing hostile or broken backups', () => {
  it('never throws and never writes for any text that is not a backup', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((value) => JSON.stringify(value))), async (text) => {
        const db = await existing();
        const before = await snapshot(db);
        const report = await importBackup(db, text);
        expect(report.written).toBe(false);
        expectReadable(report);
        expect(await snapshot(db)).toBe(before);
      }),
      { numRuns: 100 },
    );
  });

  it('writes nothing when any one entry of a real backup is damaged, and names it', async () => {
    const backup = await validBackup(4);
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: 3 }), fc.constantFrom(...FIELDS), anyValue, fc.boolean(), async (index, field, value, remove) => {
        const damaged = structuredClone(backup);
        const target = damaged.entries[index]!;
        if (remove) delete target[field];
        else target[field] = value;
        const db = await existing();
        const before = await snapshot(db);
        const report = await importBackup(db, JSON.stringify(damaged));
        expectReadable(report);
        if (!report.written) {
          expect(await snapshot(db)).toBe(before);
          if (report.rejected.length) expect(report.rejected.map((rejected) => rejected.position)).toContain(index + 1);
        } else {
          // The change happened to be valid (an optional field removed, a harmless string): the entry
          // is imported, every other entry too, and what was there before is untouched.
          expect(report.rejected).toEqual([]);
          expect(await db.contributions.get('mine-1')).toMatchObject({ notes: 'keep me' });
          expect(await db.contributions.count()).toBe(2 + 4);
        }
      }),
      { numRuns: 120 },
    );
  });

  it('writes nothing when the file is cut short anywhere', async () => {
    const text = JSON.stringify(await validBackup(3), null, 2);
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: text.length - 2 }), async (cut) => {
        const db = await existing();
        const before = await snapshot(db);
        const report = await importBackup(db, text.slice(0, cut));
        expect(report.written).toBe(false);
        expectReadable(report);
        expect(await snapshot(db)).toBe(before);
      }),
      { numRuns: 60 },
    );
  });

  it('does not let a backup pollute prototypes or smuggle markup into links', async () => {
    const backup = await validBackup(2);
    const polluted = backupJson(backup as never)
      .replace('"entries": [', '"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, "entries": [')
      .replace('"id": "b0",', '"id": "b0", "__proto__": {"isAdmin": true},');
    expect(polluted.match(/__proto__/g)).toHaveLength(2);
    const db = await existing();
    const report = await importBackup(db, polluted);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expectReadable(report);
    for (const stored of await db.contributions.toArray()) {
      expect(Object.getPrototypeOf(stored)).toBe(Object.prototype);
      expect(stored.url).toMatch(/^https?:\/\//);
    }

    const scripted = structuredClone(backup);
    scripted.entries[1]!.url = 'javascript:alert(document.domain)';
    const refused = await importBackup(db, JSON.stringify(scripted));
    expect(refused.written).toBe(false);
    expect(refused.rejected).toEqual([expect.objectContaining({ position: 2, reasons: [expect.stringMatching(/url.*http\(s\) URL/)] })]);
  });

  it('round-trips any valid year exactly: export, import into an empty profile, export again', async () => {
    const validEntry = fc.record({
      kind: fc.constantFrom(...KINDS),
      title: fc.string({ minLength: 1, maxLength: 80 }).filter((title) => title.trim() === title && title.length > 0),
      excerpt: fc.string({ maxLength: 200 }),
      notes: fc.string({ maxLength: 100 }),
      own: fc.boolean(),
      tags: fc.uniqueArray(fc.string({ minLength: 1, maxLength: 10 }), { maxLength: 3 }),
      publishedAt: fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString()),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(validEntry, { minLength: 1, maxLength: 8 }), async (drafts) => {
        const source = new TrackerDb(`import-props-rt-${++n}`);
        await source.contributions.bulkAdd(drafts.map((draft, i) => entry({ ...draft, id: `rt${i}`, url: `https://blog.example.com/rt/${i}` })));
        const first = backupJson(await exportBackup(source, NOW));
        const target = new TrackerDb(`import-props-rt-${++n}`);
        const report = await importBackup(target, first);
        expect(report).toMatchObject({ written: true, rejected: [] });
        expect(backupJson(await exportBackup(target, NOW))).toBe(first);
      }),
      { numRuns: 25 },
    );
  });
});
