import { z } from 'zod';
import type { TrackerDb } from '../db/database';
import { canonicalize } from '../sites';
import { BACKUP_VERSION, BackupEnvelopeSchema, ScreenshotSchema } from '../schema/backup';
import { ContributionSchema, type Contribution } from '../schema/contribution';

type Screenshot = z.output<typeof ScreenshotSchema>;

export interface Rejected {
  /** 1-based position in the file's list. */
  position: number;
  what: 'entry' | 'screenshot';
  title?: string;
  reasons: string[];
}

/** Everything in the file, checked; nothing has been written. */
export interface CheckedBackup {
  entries: Contribution[];
  /** Each entry's 1-based position in the file. */
  positions: number[];
  screenshots: Screenshot[];
  rejected: Rejected[];
}

export interface ImportReport {
  /** True only when the entries were written (in one transaction). */
  written: boolean;
  added: { id: string; title: string }[];
  updated: { id: string; title: string }[];
  unchanged: number;
  screenshots: number;
  rejected: Rejected[];
  /** Why nothing was (or would be) written at all. */
  error?: string;
}

const reasonsOf = (error: z.ZodError) => error.issues.map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message));

const titleOf = (raw: unknown) =>
  typeof raw === 'object' && raw !== null && typeof (raw as { title?: unknown }).title === 'string' ? (raw as { title: string }).title.slice(0, 200) : undefined;

/**
 * Reads a backup file and checks all of it with zod before anything is written: the envelope, then
 * each entry and screenshot on its own so the report can say which one is wrong and why. A file
 * that is not a backup at all (or from a newer version) gives `error` and nothing else.
 */
export function checkBackup(text: string): CheckedBackup | { error: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { error: `The file is not valid JSON (${error instanceof Error ? error.message : String(error)}).` };
  }
  const envelope = BackupEnvelopeSchema.safeParse(raw);
  if (!envelope.success) return { error: `The file is not a Contribution Tracker backup: ${reasonsOf(envelope.error).join('; ')}.` };
  if (envelope.data.version > BACKUP_VERSION) {
    return { error: `This backup was made by a newer version of the extension (format ${envelope.data.version}); update the extension, then import it.` };
  }

  const rejected: Rejected[] = [];
  const entries: Contribution[] = [];
  const positions: number[] = [];
  const firstById = new Map<string, number>();
  const firstByUrl = new Map<string, number>();
  envelope.data.entries.forEach((item, index) => {
    const position = index + 1;
    const parsed = ContributionSchema.safeParse(item);
    if (!parsed.success) {
      rejected.push({ position, what: 'entry', title: titleOf(item), reasons: reasonsOf(parsed.error) });
      return;
    }
    const entry = { ...parsed.data, url: parsed.data.url === undefined ? undefined : canonicalize(parsed.data.url) };
    const sameId = firstById.get(entry.id);
    // An entry without a link (a talk added by hand) is matched by its id only.
    const sameUrl = entry.url === undefined ? undefined : firstByUrl.get(entry.url);
    if (sameId !== undefined || sameUrl !== undefined) {
      rejected.push({ position, what: 'entry', title: entry.title, reasons: [`the same ${sameId !== undefined ? 'id' : 'link'} appears earlier in the file (entry ${sameId ?? sameUrl})`] });
      return;
    }
    firstById.set(entry.id, position);
    if (entry.url !== undefined) firstByUrl.set(entry.url, position);
    entries.push(entry);
    positions.push(position);
  });

  const screenshots: Screenshot[] = [];
  envelope.data.screenshots.forEach((item, index) => {
    const parsed = ScreenshotSchema.safeParse(item);
    if (!parsed.success) rejected.push({ position: index + 1, what: 'screenshot', reasons: reasonsOf(parsed.error) });
    else if (!firstById.has(parsed.data.contributionId)) {
      rejected.push({ position: index + 1, what: 'screenshot', reasons: ['it belongs to no entry that is being imported'] });
    } else screenshots.push(parsed.data);
  });
  return { entries, positions, screenshots, rejected };
}

/** Keys in a fixed order, so two records compare equal whatever order their fields were written in. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().filter((key) => (value as Record<string, unknown>)[key] !== undefined).map((key) => `${JSON.stringify(key)}:${stable((value as Record<string, unknown>)[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The stored entries with the same ids, in the entries' order. The store's keys come in one batch
 * (getAllKeys), so only the ids that exist are read: a restore into an empty or different database
 * reads no rows at all.
 */
async function findById(db: TrackerDb, entries: readonly Contribution[]): Promise<(Contribution | undefined)[]> {
  const stored = new Set(await db.contributions.toCollection().primaryKeys());
  const present = entries.filter((entry) => stored.has(entry.id)).map((entry) => entry.id);
  if (present.length === 0) return entries.map(() => undefined);
  const rows = new Map((await db.contributions.bulkGet(present)).flatMap((row) => (row ? [[row.id, row] as const] : [])));
  return entries.map((entry) => rows.get(entry.id));
}

/**
 * Matches the checked entries against the database: same id, or same link under another id (then the
 * local id is kept, so nothing that points at it breaks). Must run inside a transaction.
 */
async function match(db: TrackerDb, checked: CheckedBackup) {
  const byId = await findById(db, checked.entries);
  // A link is unique: an entry found under its id with the same link cannot clash with another one.
  const unsure = checked.entries.flatMap((entry, index) => (entry.url !== undefined && byId[index]?.url !== entry.url ? [entry.url] : []));
  const byUrl = new Map((unsure.length ? await db.contributions.where('url').anyOf(unsure).toArray() : []).map((entry) => [entry.url, entry]));
  const report: Omit<ImportReport, 'written' | 'screenshots'> = { added: [], updated: [], unchanged: 0, rejected: [...checked.rejected] };
  const adds: Contribution[] = [];
  const puts: Contribution[] = [];
  const idFor = new Map<string, string>();
  checked.entries.forEach((entry, index) => {
    const sameId = byId[index];
    const sameUrl = entry.url === undefined ? undefined : byUrl.get(entry.url);
    if (sameId && sameUrl && sameUrl.id !== sameId.id) {
      report.rejected.push({ position: checked.positions[index]!, what: 'entry', title: entry.title, reasons: [`its link already belongs to another entry here (“${sameUrl.title}”)`] });
      return;
    }
    const local = sameId ?? sameUrl;
    const record = local ? { ...entry, id: local.id } : entry;
    idFor.set(entry.id, record.id);
    if (!local) {
      report.added.push({ id: record.id, title: record.title });
      adds.push(record);
    } else if (stable(local) === stable(record)) report.unchanged += 1;
    else {
      report.updated.push({ id: record.id, title: record.title });
      puts.push(record);
    }
  });
  const screenshots = checked.screenshots.flatMap((shot) => {
    const contributionId = idFor.get(shot.contributionId);
    return contributionId ? [{ ...shot, contributionId }] : [];
  });
  return { report, writes: { adds, puts }, screenshots };
}

/**
 * New entries are added, changed ones put: an add replaces nothing, so the tallies' layer reads no
 * stored row for it. Any failure throws, so the caller's transaction writes nothing.
 */
async function write(db: TrackerDb, { adds, puts }: { adds: Contribution[]; puts: Contribution[] }) {
  await db.contributions.bulkAdd(adds);
  await db.contributions.bulkPut(puts);
}

/** What an import would do, read-only. */
export async function previewImport(db: TrackerDb, checked: CheckedBackup): Promise<ImportReport> {
  return db.transaction('r', db.contributions, async () => {
    const { report, screenshots } = await match(db, checked);
    return { ...report, written: false, screenshots: screenshots.length };
  });
}

/** Writes every valid entry and screenshot in one transaction: all of them, or (on any failure) none. */
export async function applyImport(db: TrackerDb, checked: CheckedBackup): Promise<ImportReport> {
  return db.transaction('rw', db.contributions, db.screenshots, async () => {
    const { report, writes, screenshots } = await match(db, checked);
    await write(db, writes);
    await db.screenshots.bulkPut(screenshots);
    return { ...report, written: true, screenshots: screenshots.length };
  });
}

const empty: Omit<ImportReport, 'error'> = { written: false, added: [], updated: [], unchanged: 0, screenshots: 0, rejected: [] };

/** Thrown inside the write transaction to roll it back when the file may not be imported in part. */
class ImportRefused extends Error {
  constructor(readonly report: ImportReport) {
    super(report.error);
  }
}

/**
 * The whole import in one call. By default all-or-nothing: if anything in the file is invalid,
 * nothing is written and the report says what and why; `allowPartial` imports the valid part.
 * Entries are matched once, inside the write transaction, which is rolled back on refusal.
 */
export async function importBackup(db: TrackerDb, text: string, { allowPartial = false } = {}): Promise<ImportReport> {
  const checked = checkBackup(text);
  if ('error' in checked) return { ...empty, error: checked.error };
  try {
    return await db.transaction('rw', db.contributions, db.screenshots, async () => {
      const { report, writes, screenshots } = await match(db, checked);
      if (report.rejected.length && !allowPartial) {
        const error = `${report.rejected.length} item(s) in the file cannot be imported, so nothing was imported.`;
        throw new ImportRefused({ ...report, written: false, screenshots: screenshots.length, error });
      }
      await write(db, writes);
      await db.screenshots.bulkPut(screenshots);
      return { ...report, written: true, screenshots: screenshots.length };
    });
  } catch (error) {
    if (error instanceof ImportRefused) return error.report;
    return { ...empty, rejected: checked.rejected, error: `Nothing was imported: ${error instanceof Error ? error.message : String(error)}` };
  }
}
