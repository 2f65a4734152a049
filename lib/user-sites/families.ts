import type { Adapter } from '../adapters/define';
import discourse from '../adapters/discourse';

/**
 * The adapter families a user can point at a site of their own, by adapter id (what settings.userSites
 * stores). Each must recognise its engine from the page itself, as Discourse does by its generator
 * tag, because the site's address says nothing. Self-hosted blog engines join here.
 */
export const userSiteFamilies: readonly Adapter[] = [discourse];
