import { defineSite } from './define';

/** `/t/{slug}/{topicId}[/{postNumber}]`, possibly under a sub-folder install (`/forum/t/…`). */
export const TOPIC_PATH = /^(.*?)\/t\/([^/]+)\/(\d+)(?:\/(\d+))?\/?$/;

export default defineSite({
  id: 'discourse',
  name: 'Discourse',
  kind: 'forum-answer',
  matches: ['https://meta.discourse.org/t/*'],
  canonical(url) {
    const match = url.pathname.match(TOPIC_PATH);
    if (!match) return undefined;
    // Share links carry `?u=<sharer>` for badges; `#post_N` is the same post as `/N`.
    const number = match[4] ?? url.hash.match(/^#post_(\d+)$/)?.[1];
    const out = new URL(`${url.origin}${match[1]}/t/${match[2]}/${match[3]}${number ? `/${number}` : ''}`);
    for (const [name, value] of url.searchParams) if (name !== 'u') out.searchParams.append(name, value);
    return out;
  },
});
