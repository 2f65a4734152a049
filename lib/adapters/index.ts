import type { Adapter } from './define';
import { canonicalUrl } from '../url';
import { qaSiteAdapters } from './qa-sites';
import { communityAdapters } from './communities';
import { socialAdapters } from './social';
import { videoAdapters } from './videos';
import { blogAdapters } from './blogs';

/**
 * Every adapter, for the background, the popup and the tests. Sites are registered in their family's
 * file (qa-sites.ts, communities.ts, social.ts, blogs.ts, videos.ts), never here: each family is
 * bundled as its own content script.
 */
export const adapters: readonly Adapter[] = [
  ...qaSiteAdapters,
  ...communityAdapters,
  ...socialAdapters,
  ...videoAdapters,
  ...blogAdapters,
];

export { matchesOf } from './define';

const rewrites = adapters.flatMap((adapter) => (adapter.canonical ? [adapter.canonical] : []));

/** The dedupe key of a URL, with every registered site's rules. */
export function canonicalize(raw: string): string {
  return canonicalUrl(raw, rewrites);
}
