import type { Adapter, Detector } from './define';
import stackExchange, { detector as stackExchangeDetector } from './stack-exchange';
import microsoftQna, { detector as microsoftQnaDetector } from './microsoft-qna';

/**
 * The Q&A sites' registry (question pages with answers).
 * Adding a site is one import and one line in each list here. The family is its own content script
 * (entrypoints/capture-qa-sites.content.ts), so a page loads only its family's code.
 * The content script (detector) lists each site's detector; the extractor it loads on demand
 * (entrypoints/extract-qa-sites.ts) lists the full adapters: the same sites in the same order.
 */
export const qaSiteDetectors: readonly Detector[] = [stackExchangeDetector, microsoftQnaDetector];

export const qaSiteAdapters: readonly Adapter[] = [stackExchange, microsoftQna];
