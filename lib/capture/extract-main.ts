import type { Adapter } from '../adapters/define';
import { provide } from '../on-demand';
import { startExtractor } from './extractor';
import { extractorSlot } from './extractor-slot';
import { pageOutbox } from './page-outbox';

/**
 * The body of every extractor file (entrypoints/extract-<family>.ts): evaluated only once the family's
 * content script needs it. From then on the page also retries pending captures, as it held one.
 */
export function runExtractorScript(family: string, adapters: readonly Adapter[]): void {
  provide(extractorSlot(family), (ctx) => {
    const { storage, outbox, keepRetrying, undo } = pageOutbox(ctx);
    keepRetrying();
    return startExtractor(adapters, { doc: document, win: window, storage, outbox, undo });
  });
}
