import { defineSite } from './define';

export const HOSTS = /^(?:www\.|old\.|new\.|np\.)?reddit\.com$/;

/** `/r/{sub}/comments/{post}[/{slug}[/{comment}]]` and the newer `/r/{sub}/comments/{post}/comment/{comment}`. */
export const THREAD_PATH = /^\/r\/([^/]+)\/comments\/([a-z0-9]+)(?:\/(?:comment\/([a-z0-9]+)|[^/]*(?:\/([a-z0-9]+))?))?\/?$/i;

export const WWW = 'https://www.reddit.com';

export interface Thread {
  sub: string;
  post: string;
  comment?: string;
}

export function threadOf(url: URL): Thread | undefined {
  if (!HOSTS.test(url.hostname)) return undefined;
  const match = url.pathname.match(THREAD_PATH);
  if (!match) return undefined;
  const comment = match[3] ?? match[4];
  return { sub: match[1]!.toLowerCase(), post: match[2]!.toLowerCase(), comment: comment?.toLowerCase() };
}

/** One key for a comment whichever Reddit served it: www, the newer `/comment/` form, lower-case. */
export const threadUrl = ({ sub, post }: Thread) => `${WWW}/r/${sub}/comments/${post}`;

export const commentUrl = (thread: Thread, comment: string) => `${threadUrl(thread)}/comment/${comment}`;

export default defineSite({
  id: 'reddit',
  name: 'Reddit',
  kind: 'forum-answer',
  matches: ['https://www.reddit.com/r/*/comments/*', 'https://old.reddit.com/r/*/comments/*', 'https://new.reddit.com/r/*/comments/*'],
  linkHosts: ['*.reddit.com'],
  canonical(url) {
    const thread = threadOf(url);
    if (!thread) return undefined;
    return new URL(thread.comment ? commentUrl(thread, thread.comment) : threadUrl(thread));
  },
});
