import type { Adapter } from './define';
import stackExchange from './stack-exchange';
import microsoftQna from './microsoft-qna';
import khoros from './khoros';
import broadcomCommunity from './broadcom-community';
import githubDiscussions from './github-discussions';
import reddit from './reddit';
import discourse from './discourse';

/**
 * The forum family's registry: adding a forum is one import and one line here. Each family is its
 * own content script (entrypoints/capture-forums.content.ts), so a page only loads its family's code.
 */
export const forumAdapters: readonly Adapter[] = [stackExchange, microsoftQna, khoros, broadcomCommunity, githubDiscussions, reddit, discourse];
