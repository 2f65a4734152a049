import { canonicalUrl } from '../url';
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
import { site as mastodon } from '../adapters/mastodon';
import { site as medium } from '../adapters/medium';
import { site as microsoftQna } from '../adapters/microsoft-qna';
import { site as reddit } from '../adapters/reddit';
import { site as spotify } from '../adapters/spotify';
import { site as stackExchange } from '../adapters/stack-exchange';
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
  spotify,
  applePodcasts,
  youtubeStudio,
  vimeo,
  wordpress,
  ghost,
  devTo,
  medium,
  hashnode,
  blogger,
];

export { matchesOf } from './define';

const rewrites = sites.flatMap((site) => (site.canonical ? [site.canonical] : []));

/** The dedupe key of a URL, with every registered site's rules. */
export function canonicalize(raw: string): string {
  return canonicalUrl(raw, rewrites);
}
