import type { Adapter } from '../adapters/define';
import discourse, { site as discourseSite } from '../adapters/discourse';
import ghost, { site as ghostSite } from '../adapters/ghost';
import mastodon, { site as mastodonSite } from '../adapters/mastodon';
import wordpress, { site as wordpressSite } from '../adapters/wordpress';
import type { Site } from '../sites/define';

/**
 * The adapter families a user can point at a site of their own, by adapter id (what settings.userSites
 * stores). Each must recognise its engine from the page itself, as Discourse does by its generator
 * tag, because the site's address says nothing; the blog engines know their admin pages by path and markup, Mastodon its status pages by path and structured data.
 */
export const userSiteFamilies: readonly Site[] = [discourseSite, wordpressSite, ghostSite, mastodonSite];

/** Their extractors, for the user-sites content script only (the settings page bundles just the metadata above). */
export const userSiteAdapters: readonly Adapter[] = [discourse, wordpress, ghost, mastodon];
