import { defineSite } from './define';

/** `/{owner}/{repo}/discussions/{n}` or an organisation's `/orgs/{org}/discussions/{n}`. */
export const DISCUSSION_PATH = /^\/((?:orgs\/[^/]+)|(?:[^/]+\/[^/]+))\/discussions\/(\d+)(?:\/|$)/;

export const COMMENT_ID = /^discussioncomment-(\d+)$/;

export function discussionOf(url: URL): { base: string; number: string } | undefined {
  if (url.hostname !== 'github.com') return undefined;
  const match = url.pathname.match(DISCUSSION_PATH);
  return match ? { base: match[1]!.toLowerCase(), number: match[2]! } : undefined;
}

export default defineSite({
  id: 'github-discussions',
  name: 'GitHub Discussions',
  kind: 'forum-answer',
  matches: ['https://github.com/*/*/discussions/*'],
  canonical(url) {
    const discussion = discussionOf(url);
    if (!discussion) return undefined;
    const out = new URL(`https://github.com/${discussion.base}/discussions/${discussion.number}`);
    if (COMMENT_ID.test(url.hash.slice(1))) out.hash = url.hash;
    return out;
  },
});
