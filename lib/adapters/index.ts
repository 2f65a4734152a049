import type { Adapter } from './define';
import { canonicalUrl } from '../url';
import { forumAdapters } from './forums';
import { videoAdapters } from './videos';
import { blogAdapters } from './blogs';

/**
 * Every adapter, for the background, the popup and the tests. Sites are registered in their family's
 * file (lib/adapters/forums.ts, …), never here: each family is bundled as its own content script.
 */
export const adapters: readonly Adapter[] = [...forumAdapters, ...videoAdapters, ...blogAdapters];

/** The match patterns of a family's content script. */
export function matchesOf(family: readonly Adapter[]): string[] {
  return [...new Set(family.flatMap((adapter) => adapter.matches))];
}

const rewrites = adapters.flatMap((adapter) => (adapter.canonical ? [adapter.canonical] : []));

/** The dedupe key of a URL, with every registered site's rules. */
export function canonicalize(raw: string): string {
  return canonicalUrl(raw, rewrites);
}
