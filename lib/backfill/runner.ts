import { z } from 'zod';
import type { TrackerDb } from '../db/database';
import { saveDrafts } from '../db/contributions';
import { DraftSchema, type ParsedDraft } from '../schema/contribution';
import { createContext, type ContextOptions } from './context';
import { checkImportItems } from './limits';
import { BackfillError, type BackfillSource, type Rejected } from './types';
import { inYear } from './year';

export interface BackfillResult {
  added: number;
  updated: number;
  /** Already stored and unchanged (captured before, or imported twice). */
  duplicates: number;
  rejected: Rejected[];
  otherYears: number;
  warnings: string[];
  /** Tallies the source gave (pull requests per repository). */
  counts: string[];
}

export interface RunOptions<Input> extends ContextOptions {
  db: TrackerDb;
  source: BackfillSource<Input>;
  input: Input;
}

/**
 * Collects everything first, validates each draft with DraftSchema, then writes in ONE transaction
 * with the captures' dedupe: a failure or a cancel before the write leaves the store unchanged.
 * Throws a BackfillError (shown as it is) or, when cancelled, the signal's reason.
 */
export async function runBackfill<Input>({ db, source, input, ...context }: RunOptions<Input>): Promise<BackfillResult> {
  const ctx = createContext(context);
  const collected = await source.collect(input, ctx);
  checkImportItems(collected.drafts.length);
  const rejected: Rejected[] = [...collected.rejected];
  const valid: ParsedDraft[] = [];
  for (const draft of collected.drafts) {
    const parsed = DraftSchema.safeParse(draft);
    if (!parsed.success) {
      rejected.push({ title: draft.title || draft.url, url: draft.url, reason: `Not a valid entry: ${z.prettifyError(parsed.error).replace(/\s+/g, ' ')}` });
    } else if (!parsed.data.publishedAt || !inYear(parsed.data.publishedAt, context.year)) {
      rejected.push({ title: draft.title, url: draft.url, reason: `Not dated in ${context.year}.` });
    } else {
      valid.push(parsed.data);
    }
  }
  context.signal.throwIfAborted();
  ctx.progress(`Saving ${valid.length} entries…`, valid.length);
  let results;
  try {
    results = await saveDrafts(db, valid, ctx.now);
  } catch (error) {
    throw new BackfillError(`Could not save the entries (${error instanceof Error ? error.message : String(error)}). Nothing was imported.`);
  }
  const count = (status: string) => results.filter((result) => result.status === status).length;
  return {
    added: count('created'),
    updated: count('updated'),
    duplicates: count('duplicate'),
    rejected,
    otherYears: collected.otherYears,
    warnings: collected.warnings,
    counts: collected.counts ?? [],
  };
}
