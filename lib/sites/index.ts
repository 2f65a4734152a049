import { canonicalUrl } from '../url';
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

const rewrites = sites.flatMap((site) => (site.canonical ? [site.canonical] : []));

/** The dedupe key of a URL, with every registered site's rules. */
export function canonicalize(raw: string): string {
  return canonicalUrl(raw, rewrites);
}
