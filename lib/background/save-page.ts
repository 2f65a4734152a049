import { z } from 'zod';
import type { TrackerDb } from '../db/database';
import { saveDraft } from '../db/contributions';
import { attachScreenshot } from '../db/screenshots';
import type { WriteReporter } from '../db/write-problems';
import { DraftSchema, type ParsedDraft } from '../schema/contribution';
import type { PageCorrections, ReplyOf } from '../schema/messages';

/** The reply of a save of the page, whichever trigger asked (popup, context menu, command). */
export type SaveReply = ReplyOf<'saveCurrentPage'>;

/** What a user-initiated save needs; each trigger (popup, context menu, command) supplies its tab. */
export interface SavePageDeps {
  db: TrackerDb;
  /** Runs the generic extractor in the page and returns what it found (untrusted). */
  extractActiveTab: () => Promise<unknown>;
  /** A data URL of what the page shows; absent where no screenshot can be taken. */
  screenshotActiveTab?: () => Promise<string>;
  /** The user's setting (settings.screenshots); screenshots are on when it is absent. */
  screenshotsEnabled?: () => Promise<boolean>;
  /** Told whether the store worked (lib/db/write-problems.ts). */
  writes?: WriteReporter;
  now?: () => Date;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function readPage(deps: SavePageDeps): Promise<{ ok: true; draft: ParsedDraft } | { ok: false; error: string }> {
  let found: unknown;
  try {
    found = await deps.extractActiveTab();
  } catch (error) {
    return { ok: false, error: `This page cannot be read: ${message(error)}` };
  }
  const draft = DraftSchema.safeParse(found);
  return draft.success ? { ok: true, draft: draft.data } : { ok: false, error: `Nothing to save on this page: ${z.prettifyError(draft.error)}` };
}

/** What the page would be saved as, for the popup to show and the user to correct. */
export async function previewPage(deps: SavePageDeps): Promise<ReplyOf<'previewCurrentPage'>> {
  const read = await readPage(deps);
  if (!read.ok) return { ok: false, error: read.error, retry: false };
  const { text: _text, ...draft } = read.draft;
  return { ok: true, draft };
}

/**
 * Saves the page with the user's corrections. A new entry also gets a screenshot of the tab as
 * evidence, unless the setting is off; a screenshot that fails never undoes the save.
 */
export async function savePage(deps: SavePageDeps, corrections: PageCorrections = {}): Promise<SaveReply> {
  const now = deps.now?.() ?? new Date();
  const read = await readPage(deps);
  if (!read.ok) return { ok: false, error: read.error, retry: false };
  const draft: ParsedDraft = {
    ...read.draft,
    ...(corrections.kind ? { kind: corrections.kind } : {}),
    ...(corrections.title ? { title: corrections.title } : {}),
  };
  let saved;
  try {
    saved = await saveDraft(deps.db, draft, now);
    await deps.writes?.stored();
  } catch (error) {
    await deps.writes?.failed(error);
    return { ok: false, error: `Could not store the contribution: ${message(error)}`, retry: true };
  }
  if (saved.status === 'created' && deps.screenshotActiveTab && (await deps.screenshotsEnabled?.().catch(() => true)) !== false) {
    try {
      await attachScreenshot(deps.db, saved.id, await deps.screenshotActiveTab(), now);
    } catch (error) {
      console.warn('[contribution-tracker] saved without a screenshot:', message(error));
    }
  }
  return { ok: true, id: saved.id, status: saved.status };
}
