import type { Adapter } from './define';
import bluesky from './bluesky';
import mastodon from './mastodon';
import spotify from './spotify';
import applePodcasts from './apple-podcasts';
import linkedin from './linkedin';

/**
 * The social networks' registry (one post a page: Mastodon statuses, Bluesky posts, LinkedIn posts and articles, podcast episodes on Spotify and Apple Podcasts).
 * Adding a site is one import and one line here. The family is its own content script
 * (entrypoints/capture-posts.content.ts): the social family (GitHub, Reddit) was near its 30 kB.
 */
export const postAdapters: readonly Adapter[] = [mastodon, bluesky, linkedin, spotify, applePodcasts];
