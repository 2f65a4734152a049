import { canonicalUrl, hostMatches, type UrlRewrite } from '../url';
import type { Site } from './define';
import blogger from './blogger';
import broadcomCommunity from './broadcom-community';
import devTo from './dev-to';
import discourse from './discourse';
import ghost from './ghost';
import githubDiscussions from './github-discussions';
import hashnode from './hashnode';
import khoros from './khoros';
import medium from './medium';
import microsoftQna from './microsoft-qna';
import reddit from './reddit';
import stackExchange from './stack-exchange';
import vimeo from './vimeo';
import wordpress from './wordpress';
import youtubeStudio from './youtube-studio';

/**
 * Every site, by family, in the order of the capture families in lib/adapters/ (qa-sites.ts,
 * communities.ts, social.ts, videos.ts, blogs.ts), which each add the extractors of their sites.
 * Adding a site: its metadata here, its extractor in its family there.
 */
export const qaSites: readonly Site[] = [stackExchange, microsoftQna];
export const communitySites: readonly Site[] = [khoros, broadcomCommunity, discourse];
export const socialSites: readonly Site[] = [githubDiscussions, reddit];
export const videoSites: readonly Site[] = [youtubeStudio, vimeo];
export const blogSites: readonly Site[] = [wordpress, ghost, devTo, medium, hashnode, blogger];

export const sites: readonly Site[] = [...qaSites, ...communitySites, ...socialSites, ...videoSites, ...blogSites];

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
