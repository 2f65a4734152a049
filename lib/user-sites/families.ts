import type { Adapter } from '../adapters/define';
import discourse from '../adapters/discourse';
import ghost from '../adapters/ghost';
import wordpress from '../adapters/wordpress';

/**
 * The adapter families a user can point at a site of their own, by adapter id (what settings.userSites
 * stores). Each must recognise its engine from the page itself, as Discourse does by its generator
 * tag, because the site's address says nothing; the blog engines know their admin pages by path and markup.
 */
export const userSiteFamilies: readonly Adapter[] = [discourse, wordpress, ghost];
