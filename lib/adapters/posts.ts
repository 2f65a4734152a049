import type { Adapter } from './define';
import bluesky from './bluesky';
import mastodon from './mastodon';

/**
 * The social networks' registry (one post a page: Mastodon statuses, Bluesky posts).
 * Adding a site is one import and one line here. The family is its own content script
 * (entrypoints/capture-posts.content.ts): the social family (GitHub, Reddit) was near its 30 kB.
 */
export const postAdapters: readonly Adapter[] = [mastodon, bluesky];
