import type { Adapter } from './define';
import { canonicalUrl } from '../url';
import stackExchange from './stack-exchange';

/** The explicit registry: adding a site is one import and one line here. */
export const adapters: readonly Adapter[] = [stackExchange];

export const captureMatches: string[] = [...new Set(adapters.flatMap((adapter) => adapter.matches))];

const rewrites = adapters.flatMap((adapter) => (adapter.canonical ? [adapter.canonical] : []));

/** The dedupe key of a URL, with every registered site's rules. */
export function canonicalize(raw: string): string {
  return canonicalUrl(raw, rewrites);
}
