import type { Adapter } from './define';
import blogger from './blogger';
import devTo from './dev-to';
import ghost from './ghost';
import hashnode from './hashnode';
import medium from './medium';
import wordpress from './wordpress';

/**
 * The blog family's registry: one import and one line per platform. Bundled as its own content
 * script (entrypoints/capture-blogs.content.ts); WordPress and Ghost also serve blogs the user adds.
 */
export const blogAdapters: readonly Adapter[] = [wordpress, ghost, devTo, medium, hashnode, blogger];
