import type { z } from 'zod';
import type { Screenshot, TrackerDb } from './database';
import { ContributionSchema, ProgramStatusSchema, type Contribution } from '../schema/contribution';

/**
 * Writes from the extension's own pages (popup, dashboard), which own the database. Every write is
 * validated by the record's schema first; a refusal comes back as messages per field.
 */
export type FieldErrors = Record<string, string>;
export type EditResult = { ok: true; entry: Contribution } | { ok: false; errors: FieldErrors };

/** zod's messages keyed by the field they belong to (`title`, `metrics.views`…); the first one wins. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || 'form';
    errors[key] ??= issue.message;
  }
  return errors;
}

/** What the user may change by hand. */
export type EntryPatch = Partial<Pick<Contribution, 'title' | 'publishedAt' | 'kind' | 'tags' | 'notes' | 'privateNotes' | 'url' | 'platform' | 'own' | 'event'>> & {
  /** Counts as the user knows them today; `asOf` is set to the time of the edit. */
  metrics?: Omit<NonNullable<Contribution['metrics']>, 'asOf'>;
};

/** A date picked as `YYYY-MM-DD`: the same instant when the day did not change, else noon UTC that day. */
export function dayToIso(day: string, previous?: string): string {
  if (previous && previous.slice(0, 10) === day) return previous;
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? `${day}T12:00:00.000Z` : day;
}

export async function updateEntry(db: TrackerDb, id: string, patch: EntryPatch, now: Date = new Date()): Promise<EditResult> {
  return db.transaction('rw', db.contributions, async () => {
    const current = await db.contributions.get(id);
    if (!current) return { ok: false as const, errors: { form: 'This entry no longer exists.' } };
    const { metrics, ...rest } = patch;
    const counts = metrics && Object.fromEntries(Object.entries(metrics).filter(([, value]) => value !== undefined));
    const { asOf: _asOf, ...before } = current.metrics ?? { asOf: '' };
    // The as-of date moves only when a count changed: it says when the counts were true.
    const unchanged = counts === undefined || JSON.stringify(Object.entries(counts).sort()) === JSON.stringify(Object.entries(before).sort());
    const candidate = {
      ...current,
      ...rest,
      metrics: unchanged ? current.metrics : Object.keys(counts).length ? { ...counts, asOf: now.toISOString() } : undefined,
    };
    const parsed = ContributionSchema.safeParse(candidate);
    if (!parsed.success) return { ok: false as const, errors: fieldErrors(parsed.error) };
    // A link is stored once: moving an entry onto another entry's link is refused, not merged.
    const url = parsed.data.url;
    const taken = url !== undefined && url !== current.url && (await db.contributions.where('url').equals(url).first());
    if (taken) return { ok: false as const, errors: { url: `Already saved as “${taken.title}”.` } };
    await db.contributions.put(parsed.data);
    return { ok: true as const, entry: parsed.data };
  });
}

/** What a delete took away, so that Undo can put it back exactly. */
export interface Removed {
  entry: Contribution;
  screenshots: Screenshot[];
}

export async function removeEntry(db: TrackerDb, id: string): Promise<Removed | undefined> {
  return db.transaction('rw', db.contributions, db.screenshots, async () => {
    const entry = await db.contributions.get(id);
    if (!entry) return undefined;
    const screenshots = await db.screenshots.where('contributionId').equals(id).toArray();
    await db.contributions.delete(id);
    await db.screenshots.where('contributionId').equals(id).delete();
    return { entry, screenshots };
  });
}

/** Puts a removed entry back; refused when the same link was saved again in the meantime. */
export async function restoreEntry(db: TrackerDb, removed: Removed): Promise<void> {
  await db.transaction('rw', db.contributions, db.screenshots, async () => {
    await db.contributions.add(ContributionSchema.parse(removed.entry));
    await db.screenshots.bulkPut(removed.screenshots);
  });
}

/** Marks (or unmarks) entries as sent with a program's application, so later rounds offer only new ones. */
export async function setSubmitted(db: TrackerDb, programId: string, ids: readonly string[], submitted: boolean, now: Date = new Date()): Promise<void> {
  const status = ProgramStatusSchema.parse({ status: 'submitted', at: now.toISOString() });
  await db.transaction('rw', db.contributions, async () => {
    const entries = (await db.contributions.bulkGet([...ids])).filter((entry): entry is Contribution => entry !== undefined);
    const changed = entries.map((entry) => {
      const programs = { ...entry.programs };
      if (submitted) programs[programId] = status;
      else delete programs[programId];
      return ContributionSchema.parse({ ...entry, programs });
    });
    await db.contributions.bulkPut(changed);
  });
}
