import type { Adapter, Detector } from './define';
import githubContributions, { detector as githubContributionsDetector } from './github-contributions';
import githubDiscussions, { detector as githubDiscussionsDetector } from './github-discussions';
import reddit, { detector as redditDetector } from './reddit';

/**
 * The social and developer platforms' registry (discussions and comments).
 * Adding a site is one import and one line in each list here. The family is its own content script
 * (entrypoints/capture-social.content.ts), so a page loads only its family's code.
 * The content script (detector) lists each site's detector; the extractor it loads on demand
 * (entrypoints/extract-social.ts) lists the full adapters: the same sites in the same order.
 */
export const socialDetectors: readonly Detector[] = [githubDiscussionsDetector, githubContributionsDetector, redditDetector];

export const socialAdapters: readonly Adapter[] = [githubDiscussions, githubContributions, reddit];
