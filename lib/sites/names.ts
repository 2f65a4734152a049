import { sites } from '.';

/** Display names of the platforms stored in entries. */
export const PLATFORM_NAMES: Record<string, string> = {
  generic: 'Web page',
  manual: 'Added by hand',
  // Imported by a backfill (lib/backfill/): a blog read from its feed, GitHub through its API.
  blog: 'Blog',
  github: 'GitHub',
  ...Object.fromEntries(sites.map((site) => [site.id, site.name])),
};
