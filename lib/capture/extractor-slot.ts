import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Extractor } from './extractor';

/** What a family's extractor file provides: its extractor, started for the content script's context. */
export type StartExtractor = (ctx: ContentScriptContext) => Extractor;

/**
 * The hand-over between a family's content script and its extractor (entrypoints/extract-<family>.ts):
 * the content script imports the extractor's file, which runs in the same isolated world and leaves
 * its start function on that world's global object. A page's own scripts have another global object
 * and never see it.
 */
const slotOf = (family: string) => `contributionTracker:extractor:${family}`;

export function provideExtractor(family: string, start: StartExtractor): void {
  (globalThis as unknown as Record<string, unknown>)[slotOf(family)] = start;
}

export function takeExtractor(family: string): StartExtractor {
  const start = (globalThis as unknown as Record<string, unknown>)[slotOf(family)];
  if (typeof start !== 'function') throw new Error(`the ${family} extractor did not load`);
  return start as StartExtractor;
}
