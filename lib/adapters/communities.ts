import type { Adapter, Detector } from './define';
import khoros, { detector as khorosDetector } from './khoros';
import broadcomCommunity, { detector as broadcomCommunityDetector } from './broadcom-community';
import discourse, { detector as discourseDetector } from './discourse';

/**
 * The community platforms' registry (threaded forums on Khoros, Higher Logic, Discourse).
 * Adding a site is one import and one line in each list here. The family is its own content script
 * (entrypoints/capture-communities.content.ts), so a page loads only its family's code.
 * The content script (detector) lists each site's detector; the extractor it loads on demand
 * (entrypoints/extract-communities.ts) lists the full adapters: the same sites in the same order.
 */
export const communityDetectors: readonly Detector[] = [khorosDetector, broadcomCommunityDetector, discourseDetector];

export const communityAdapters: readonly Adapter[] = [khoros, broadcomCommunity, discourse];
