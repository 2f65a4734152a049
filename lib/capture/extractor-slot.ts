import type { ScriptContext } from '../script-context';
import type { Slot } from '../on-demand';
import type { Extractor } from './extractor';

/** What a family's extractor file provides: its extractor, started for the content script's context. */
export type StartExtractor = (ctx: ScriptContext) => Extractor;

/**
 * Where a family's extractor file (entrypoints/extract-<family>.ts) leaves its start function for the
 * family's content script (lib/on-demand.ts). Apart from extract-main.ts, so a detector bundle names
 * the slot without carrying the extractor.
 */
export const extractorSlot = (family: string) => `contributionTracker:extractor:${family}` as Slot<StartExtractor>;
