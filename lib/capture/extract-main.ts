import type { ScriptContext } from '../script-context';
import type { Adapter } from '../adapters/define';
import { provide } from '../on-demand';
import { startExtractor, type Extractor } from './extractor';
import { extractorSlot } from './extractor-slot';
import { pageOutbox } from './page-outbox';

/**
 * The extractor over these adapters, started on this page. From then on the page also retries
 * pending captures, as it held one.
 */
export function startPageExtractor(ctx: ScriptContext, adapters: readonly Adapter[]): Extractor {
  const { storage, outbox, keepRetrying, undo } = pageOutbox(ctx);
  keepRetrying();
  return startExtractor(adapters, { doc: document, win: window, storage, outbox, undo });
}

/** The body of every extractor file (entrypoints/extract-<family>.ts): evaluated only once the family's content script needs it. */
export function runExtractorScript(family: string, adapters: readonly Adapter[]): void {
  provide(extractorSlot(family), (ctx) => startPageExtractor(ctx, adapters));
}
