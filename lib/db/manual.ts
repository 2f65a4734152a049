import type { TrackerDb } from './database';
import { findByUrl, saveDraft, sha256Hex } from './contributions';
import { fieldErrors, type EditResult } from './edit';
import type { z } from 'zod';
import { ContributionSchema, ManualDraftSchema, type Draft } from '../schema/contribution';

type ManualDraft = z.output<typeof ManualDraftSchema>;

/** What the "Add by hand" form collects; the rest of the draft is fixed (own, source manual). A talk or event may have no link. */
export type ManualInput = Pick<Draft, 'kind' | 'title' | 'publishedAt' | 'contextTitle' | 'tags' | 'metrics'> & { url?: string; notes?: string };

/**
 * Adds what cannot be captured (a talk, a user group, mentoring…), validated by the same schema as
 * every capture. A link that is already stored is refused rather than merged, so nothing is
 * overwritten by surprise. An entry without a link has nothing to be a duplicate of: it is added.
 */
export async function addManual(db: TrackerDb, input: ManualInput, now: Date = new Date()): Promise<EditResult> {
  const { notes = '', url, ...rest } = input;
  const parsed = ManualDraftSchema.safeParse({ ...rest, ...(url?.trim() ? { url: url.trim() } : {}), platform: 'manual', source: 'manual', own: true });
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
  const draft = parsed.data;
  let id: string;
  if (draft.url === undefined) {
    id = await addWithoutLink(db, draft, notes, now);
  } else {
    const existing = await findByUrl(db, draft.url);
    if (existing) return { ok: false, errors: { url: `Already saved as “${existing.title}”.` } };
    ({ id } = await saveDraft(db, { ...draft, url: draft.url }, now));
    if (notes) await db.contributions.update(id, { notes });
  }
  const entry = await db.contributions.get(id);
  return entry ? { ok: true, entry } : { ok: false, errors: { form: 'The entry could not be read back.' } };
}

/** Stores a link-less entry as saveDraft would store a new one; it is not in the link index, so never a duplicate. */
async function addWithoutLink(db: TrackerDb, draft: ManualDraft, notes: string, now: Date): Promise<string> {
  const asOf = now.toISOString();
  const counts = Object.fromEntries(Object.entries(draft.metrics ?? {}).filter(([, value]) => value !== undefined));
  const record = ContributionSchema.parse({
    id: crypto.randomUUID(),
    kind: draft.kind,
    platform: draft.platform,
    contextTitle: draft.contextTitle,
    title: draft.title,
    excerpt: draft.excerpt,
    publishedAt: draft.publishedAt ?? asOf,
    capturedAt: asOf,
    source: draft.source,
    own: draft.own,
    metrics: Object.keys(counts).length ? { ...counts, asOf } : undefined,
    evidence: { textSha256: await sha256Hex(`${draft.title}\n${draft.excerpt}`) },
    tags: draft.tags ?? [],
    notes,
  });
  await db.contributions.add(record);
  return record.id;
}
