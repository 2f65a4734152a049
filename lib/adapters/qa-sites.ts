import type { Adapter } from './define';
import stackExchange from './stack-exchange';
import microsoftQna from './microsoft-qna';

/**
 * The Q&A sites' registry (question pages with answers).
 * Adding a site is one import and one line here. The family is its own content script
 * (entrypoints/capture-qa-sites.content.ts), so a page loads only its family's code.
 */
export const qaSiteAdapters: readonly Adapter[] = [stackExchange, microsoftQna];
