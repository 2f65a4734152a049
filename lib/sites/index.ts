import { canonicalUrl, hostMatches, type UrlRewrite } from '../url';
import type { Site } from './define';
import { site as applePodcasts } from '../adapters/apple-podcasts';
import { site as blogger } from '../adapters/blogger';
import { site as bluesky } from '../adapters/bluesky';
import { site as broadcomCommunity } from '../adapters/broadcom-community';
import { site as devTo } from '../adapters/dev-to';
import { site as discourse } from '../adapters/discourse';
import { site as ghost } from '../adapters/ghost';
import { site as githubContributions } from '../adapters/github-contributions';
import { site as githubDiscussions } from '../adapters/github-discussions';
import { site as hashnode } from '../adapters/hashnode';
import { site as khoros } from '../adapters/khoros';
import { site as linkedin } from '../adapters/linkedin';
import { site as mastodon } from '../adapters/mastodon';
import { site as medium } from '../adapters/medium';
import { site as meetup } from '../adapters/meetup';
import { site as luma } from '../adapters/luma';
import { site as eventbrite } from '../adapters/eventbrite';
import { site as sessionize } from '../adapters/sessionize';
import { site as vmug } from '../adapters/vmug';
import { site as microsoftQna } from '../adapters/microsoft-qna';
import { site as reddit } from '../adapters/reddit';
import { site as spotify } from '../adapters/spotify';
import { site as stackExchange } from '../adapters/stack-exchange';
import { site as twitch } from '../adapters/twitch';
import { site as vimeo } from '../adapters/vimeo';
import { site as wordpress } from '../adapters/wordpress';
import { site as youtubeStudio } from '../adapters/youtube-studio';

/**
 * Every site's metadata, for the popup, the dashboard and the background: only the `site` export of
 * each adapter file, so their bundles carry no extractor (the build tree-shakes the pure default export).
 */
export const sites: readonly Site[] = [
  stackExchange,
  microsoftQna,
  khoros,
  broadcomCommunity,
  discourse,
  githubDiscussions,
  githubContributions,
  reddit,
  mastodon,
  bluesky,
  linkedin,
  spotify,
  applePodcasts,
  youtubeStudio,
  vimeo,
  twitch,
  wordpress,
  ghost,
  devTo,
  medium,
  hashnode,
  blogger,
  meetup,
  luma,
  eventbrite,
  sessionize,
  vmug,
];

export { matchesOf } from './define';

const MATCH_HOST = /^[a-z*]+:\/\/([^/]+)\//;

/** The hosts a site's URL rule may rewrite: those its pages run on, its drafts link to, and its other link forms. */
const ruledSites = sites.flatMap((site) =>
  site.canonical
    ? [{ id: site.id, rule: site.canonical, hosts: [...site.matches.map((pattern) => pattern.match(MATCH_HOST)?.[1] ?? ''), ...(site.publishHosts ?? []), ...(site.linkHosts ?? [])].filter(Boolean) }]
    : [],
);

/**
 * The dedupe key of a URL. A site's rule runs only on hosts that site owns, or that the user added for
 * it (`userSites`, settings): a path such as Discourse's /t/ means nothing on anyone else's host.
 */
export function canonicalize(raw: string, userSites: readonly { origin: string; adapter: string }[] = []): string {
  const rewrites = ruledSites.map(({ id, rule, hosts }): UrlRewrite => (url) => {
    const owned = hosts.some((host) => hostMatches(host, url.hostname)) || userSites.some((site) => site.adapter === id && URL.canParse(site.origin) && new URL(site.origin).hostname === url.hostname);
    return owned ? rule(url) : undefined;
  });
  return canonicalUrl(raw, rewrites);
}
