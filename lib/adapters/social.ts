import type { Adapter } from './define';
import githubContributions from './github-contributions';
import githubDiscussions from './github-discussions';
import reddit from './reddit';

/**
 * The social and developer platforms' registry (discussions and comments).
 * Adding a site is one import and one line here. The family is its own content script
 * (entrypoints/capture-social.content.ts), so a page loads only its family's code.
 */
export const socialAdapters: readonly Adapter[] = [githubDiscussions, githubContributions, reddit];
