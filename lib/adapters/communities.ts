import type { Adapter } from './define';
import khoros from './khoros';
import broadcomCommunity from './broadcom-community';
import discourse from './discourse';

/**
 * The community platforms' registry (threaded forums on Khoros, Higher Logic, Discourse).
 * Adding a site is one import and one line here. The family is its own content script
 * (entrypoints/capture-communities.content.ts), so a page loads only its family's code.
 */
export const communityAdapters: readonly Adapter[] = [khoros, broadcomCommunity, discourse];
