import type { Detector } from '../adapters/define';
import type { UserSite } from '../schema/settings';

/**
 * Sites the user added (a Discourse forum, a self-hosted blog): each gets its own content script,
 * registered at run time for that origin only, that runs the adapter family named in the setting.
 * Free of zod and of browser calls: the content script imports it too.
 */

/** Prefix of the ids of the scripts we register, so we never touch anyone else's. */
export const SCRIPT_ID_PREFIX = 'user-site:';

/** The bundle built from entrypoints/user-sites.content.ts (`registration: 'runtime'`). */
export const USER_SITE_SCRIPT = 'content-scripts/user-sites.js';

export type SiteRef = Pick<UserSite, 'origin' | 'adapter'>;

/** The optional host permission and the script's match pattern for one site. */
export const sitePattern = (origin: string): string => `${origin}/*`;

export const scriptIdOf = (site: SiteRef): string => `${SCRIPT_ID_PREFIX}${site.adapter}@${site.origin}`;

/** The family's adapter (or detector) for the site at `origin`, with its matches narrowed to that site; none if it was not added. */
export function adapterForSite<A extends Detector>(sites: readonly SiteRef[], origin: string, families: readonly A[]): A | undefined {
  const site = sites.find((candidate) => candidate.origin === origin);
  const family = site && families.find((adapter) => adapter.site.id === site.adapter);
  return site && family ? { ...family, site: { ...family.site, matches: [sitePattern(site.origin)] } } : undefined;
}
