import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { findByUrl } from '../../../lib/db/contributions';
import { TrackerDb } from '../../../lib/db/database';
import { filteredIds, summarize } from '../../../lib/db/queries';
import { ContributionSchema } from '../../../lib/schema/contribution';

/**
 * Every released schema version, exactly as it shipped (the stores it declared, cumulatively). A
 * released version is never edited: this table is the record, and a new version adds a row (with
 * rows written the way that version wrote them) in the same change that adds it to TrackerDb.
 */
const RELEASED: {
  version: number;
  stores: Record<string, string>;
  write?: (row: Record<string, unknown>) => Record<string, unknown>;
  /** Other tables' rows as that version kept them beside the entries. */
  beside?: Record<string, unknown[]>;
}[] = [
  {
    version: 1,
    stores: {
      contributions: 'id, &url, publishedAt, capturedAt, kind, platform',
      screenshots: 'id, contributionId',
    },
  },
  {
    version: 2,
    stores: {
      contributions: 'id, &url, publishedAt, capturedAt, kind, platform, [kind+publishedAt], [platform+publishedAt], *tags',
      screenshots: 'id, contributionId',
    },
  },
  {
    version: 3,
    stores: {
      contributions:
        'id, &url, publishedAt, [kind+publishedAt], [platform+publishedAt], *tags, [ownKey+publishedAt], [ownKey+kind+publishedAt]',
      screenshots: 'id, contributionId',
    },
    // From version 3 every row carries `own` as a number too, for the owner indexes.
    write: (row) => ({ ...row, ownKey: row.own ? 1 : 0 }),
  },
  {
    version: 4,
    stores: {
      contributions:
        'id, &url, publishedAt, [kind+publishedAt], [platform+publishedAt], *tags, [ownKey+publishedAt], [ownKey+kind+publishedAt]',
      screenshots: 'id, contributionId',
      tallies: 'month',
    },
    write: (row) => ({ ...row, ownKey: row.own ? 1 : 0 }),
    // From version 4 the entries per month, owner and kind are counted in a table of their own.
    beside: { tallies: [] as unknown[] },
  },
];
const LATEST = RELEASED.at(-1)!;

/** What users have stored: a full entry, a minimal one, one edited by hand, one with hostile text. */
const STORED = [
  {
    id: 'full',
    kind: 'forum-answer',
    platform: 'stack-exchange',
    url: 'https://stackoverflow.com/a/52742770',
    contextUrl: 'https://stackoverflow.com/questions/52742612',
    contextTitle: 'How to print the stack trace of an exception object in Python?',
    title: 'How to print the stack trace of an exception object in Python?',
    excerpt: 'Use traceback.print_exception',
    publishedAt: '2018-10-10T14:39:21.000Z',
    capturedAt: '2026-02-01T08:00:00.000Z',
    source: 'one-click',
    author: 'Aran-Fey',
    own: true,
    metrics: { asOf: '2026-02-01T08:00:00.000Z', votes: 21, accepted: true },
    evidence: { textSha256: 'a'.repeat(64), screenshotId: 'shot-1' },
    tags: ['python'],
    notes: 'Cited in my MVP form',
    privateNotes: 'asked by a colleague',
    programs: { mvp: { status: 'submitted', at: '2026-03-01T00:00:00.000Z' } },
  },
  {
    // Written before tags, notes and programs had defaults in the rows.
    id: 'minimal',
    kind: 'blog-post',
    platform: 'generic',
    url: 'https://blog.example.com/posts/vsan-stretched-cluster',
    title: 'vSAN stretched clusters, step by step',
    excerpt: '',
    publishedAt: '2026-05-04T00:00:00.000Z',
    capturedAt: '2026-05-04T10:00:00.000Z',
    source: 'auto',
    own: true,
    evidence: {},
  },
  {
    id: 'hostile',
    kind: 'forum-answer',
    platform: 'stack-exchange',
    url: 'https://superuser.com/a/1',
    title: '<img src=x onerror=alert(1)> \u202Egnp.exe',
    excerpt: '<script>alert(1)</script>',
    publishedAt: '2026-06-01T00:00:00.000Z',
    capturedAt: '2026-06-01T00:00:00.000Z',
    source: 'one-click',
    own: false,
    evidence: {},
    tags: [],
    notes: '',
    privateNotes: '',
    programs: {},
  },
];
/** STORED's tallies: a row a month, counts by own|kind. */
const TALLIED = [
  { month: '2018-10', counts: { '1|forum-answer': 1 } },
  { month: '2026-05', counts: { '1|blog-post': 1 } },
  { month: '2026-06', counts: { '0|forum-answer': 1 } },
];
RELEASED.at(-1)!.beside = { tallies: TALLIED };
const SCREENSHOT = { id: 'shot-1', contributionId: 'full', takenAt: '2026-02-01T08:00:00.000Z', dataUrl: 'data:image/png;base64,iVBORw0KGgo=' };

/** A database exactly as an install of `version` left it. */
async function seedAt(name: string, version: number) {
  const old = new Dexie(name);
  const release = RELEASED.find((candidate) => candidate.version === version)!;
  old.version(version).stores(release.stores);
  await old.open();
  await old.table('contributions').bulkAdd(structuredClone(STORED).map(release.write ?? ((row) => row)));
  await old.table('screenshots').add(structuredClone(SCREENSHOT));
  for (const [table, rows] of Object.entries(release.beside ?? {})) await old.table(table).bulkAdd(structuredClone(rows));
  old.close();
}

const indexSpec = (db: Dexie) =>
  Object.fromEntries(db.tables.map((table) => [table.name, [table.schema.primKey.src, ...table.schema.indexes.map((index) => index.src)].sort()]));
const storesSpec = (stores: Record<string, string>) =>
  Object.fromEntries(Object.entries(stores).map(([table, spec]) => [table, spec.split(',').map((part) => part.trim()).sort()]));

let n = 0;

describe('database versions', () => {
  it('lists every version TrackerDb declares, in order, the latest being what it opens', async () => {
    const db = new TrackerDb(`versions-${++n}`);
    await db.open();
    expect(RELEASED.map((release) => release.version)).toEqual(Array.from({ length: db.verno }, (_, i) => i + 1));
    expect(indexSpec(db)).toEqual(storesSpec(LATEST.stores));
    db.close();
  });

  describe.each(RELEASED)('from version $version', ({ version }) => {
    it('keeps every entry, its user edits and its screenshot, and every entry is still valid', async () => {
      const name = `upgrade-from-${version}-${++n}`;
      await seedAt(name, version);
      const db = new TrackerDb(name);
      await db.open();
      expect(db.verno).toBe(LATEST.version);
      const entries = await db.contributions.toArray();
      expect(entries.map((entry) => entry.id).sort()).toEqual(STORED.map((entry) => entry.id).sort());
      for (const stored of STORED) {
        const entry = await db.contributions.get(stored.id);
        expect(entry).toMatchObject(Object.fromEntries(Object.entries(stored).filter(([key]) => key !== 'tags' || stored.tags)));
        // Read back through today's schema: an upgrade that leaves old rows invalid fails here.
        expect(ContributionSchema.safeParse(entry).error?.issues ?? []).toEqual([]);
        expect((await findByUrl(db, stored.url))?.id).toBe(stored.id);
      }
      expect(await db.screenshots.get('shot-1')).toEqual(SCREENSHOT);
      // Every row is in the owner indexes: the counts and the own/others filter read only those.
      const all = { from: '2000-01-01T00:00:00.000Z', to: '2100-01-01T00:00:00.000Z' };
      const summary = await summarize(db, all);
      expect([summary.own, summary.others]).toEqual([STORED.filter((e) => e.own).length, STORED.filter((e) => !e.own).length]);
      expect(await filteredIds(db, all, { own: false })).toEqual(STORED.filter((e) => !e.own).map((e) => e.id));
      // The tallies hold every entry once; the glance's counts of whole months read only them.
      expect(await db.tallies.toArray()).toEqual(TALLIED);
      expect((await summarize(db, { from: '2026-01-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' })).byKind).toEqual({ 'blog-post': 1 });
      db.close();
    });
  });
});
