import type { TrackerDb } from './database';
import { findByUrl, saveDraft } from './contributions';
import { fieldErrors, type EditResult } from './edit';
import { ContributionSchema, DraftSchema, type Draft } from '../schema/contribution';

/** What the "Add by hand" form collects; the rest of the draft is fixed (own, source manual). */
export type ManualInput = Pick<Draft, 'kind' | 'title' | 'url' | 'publishedAt' | 'contextTitle' | 'tags' | 'metrics'> & { notes?: string };

/**
 * Adds what cannot be captured (a talk, a user group, mentoring…), validated by the same schema as
 * every capture. A link that is already stored is refused rather than merged, so nothing is
 * overwritten by surprise.
 */
export async function addManual(db: TrackerDb, input: ManualInput, now: Date = new Date()): Promise<EditResult> {
  const { notes = '', ...rest } = input;
  const parsed = DraftSchema.safeParse({ ...rest, platform: 'manual', source: 'manual', own: true });
  const checkedNotes = ContributionSchema.shape.notes.safeParse(notes);
  if (!parsed.success || !checkedNotes.success) {
    return {
      ok: false,
      errors: {
        ...(parsed.success ? {} : fieldErrors(parsed.error)),
        ...(checkedNotes.success ? {} : { notes: checkedNotes.error.issues[0]!.message }),
      },
    };
  }
  const existing = await findByUrl(db, parsed.data.url);
  if (existing) return { ok: false, errors: { url: `Already saved as “${existing.title}”.` } };
  const { id } = await saveDraft(db, parsed.data, now);
  if (notes) await db.contributions.update(id, { notes });
  const entry = await db.contributions.get(id);
  return entry ? { ok: true, entry } : { ok: false, errors: { form: 'The entry could not be read back.' } };
}
