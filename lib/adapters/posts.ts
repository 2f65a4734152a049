import type { Adapter, Detector } from './define';
import bluesky, { detector as blueskyDetector } from './bluesky';
import mastodon, { detector as mastodonDetector } from './mastodon';
import spotify, { detector as spotifyDetector } from './spotify';
import applePodcasts, { detector as applePodcastsDetector } from './apple-podcasts';
import linkedin, { detector as linkedinDetector } from './linkedin';

/**
 * The social networks' registry (one post a page: Mastodon statuses, Bluesky posts, LinkedIn posts and articles, podcast episodes on Spotify and Apple Podcasts).
 * Adding a site is one import and one line in each list here. The family is its own content script
 * (entrypoints/capture-posts.content.ts): the social family (GitHub, Reddit) was near its 30 kB.
 * The content script (detector) lists each site's detector; the extractor it loads on demand
 * (entrypoints/extract-posts.ts) lists the full adapters: the same sites in the same order.
 */
export const postDetectors: readonly Detector[] = [mastodonDetector, blueskyDetector, linkedinDetector, spotifyDetector, applePodcastsDetector];

export const postAdapters: readonly Adapter[] = [mastodon, bluesky, linkedin, spotify, applePodcasts];
