import type { Adapter, Detector } from './define';
import blogger, { detector as bloggerDetector } from './blogger';
import devTo, { detector as devToDetector } from './dev-to';
import ghost, { detector as ghostDetector } from './ghost';
import hashnode, { detector as hashnodeDetector } from './hashnode';
import medium, { detector as mediumDetector } from './medium';
import wordpress, { detector as wordpressDetector } from './wordpress';

/**
 * The blog family's registry: one import and one line per platform in each list. Bundled as its own content
 * script (entrypoints/capture-blogs.content.ts); WordPress and Ghost also serve blogs the user adds.
 * The content script (detector) lists each site's detector; the extractor it loads on demand
 * (entrypoints/extract-blogs.ts) lists the full adapters: the same sites in the same order.
 */
export const blogDetectors: readonly Detector[] = [wordpressDetector, ghostDetector, devToDetector, mediumDetector, hashnodeDetector, bloggerDetector];

export const blogAdapters: readonly Adapter[] = [wordpress, ghost, devTo, medium, hashnode, blogger];
