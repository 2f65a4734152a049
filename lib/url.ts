/** Canonical URLs: the dedupe key of every contribution, so the same post always gets the same key. */

/** Query parameters that only track where a click came from; exact names, lower-cased. */
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'igshid', 'mc_cid',
  'mc_eid', '_ga', '_gl', 'ref', 'ref_src', 'ref_url', 'referrer', 'source', 'si', 'spm',
  'wt.mc_id', 'cmpid', 'share_id', 'cujtrackingid',
]);
const TRACKING_PREFIXES = ['utm_', 'hsa_', 'pk_', 'mtm_', 'oly_'];

/**
 * Fragments that are the permalink itself (GitHub discussion comments, Khoros messages, Discourse
 * posts, Higher Logic bookmarks); every other fragment is only a scroll position.
 */
const PERMALINK_FRAGMENTS = [/^discussioncomment-\d+$/, /^M\d+$/, /^post_\d+$/, /^bm[0-9a-f-]{8,}$/i];

export class InvalidUrlError extends Error {
  constructor(raw: string, why: string) {
    super(`Not a usable web address (${why}): ${raw.slice(0, 200)}`);
    this.name = 'InvalidUrlError';
  }
}

/**
 * A site-specific rewrite, applied before the generic rules so that it still sees the fragment
 * (see each adapter's `canonical`). Returns undefined for URLs it does not own.
 */
export type UrlRewrite = (url: URL) => URL | undefined;

function isTracking(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMS.has(lower) || TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

export function canonicalUrl(raw: string, rewrites: readonly UrlRewrite[] = []): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new InvalidUrlError(raw, 'cannot be parsed');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InvalidUrlError(raw, `${url.protocol} is not allowed`);
  }
  for (const rewrite of rewrites) {
    const rewritten = rewrite(url);
    if (rewritten) {
      url = rewritten;
      break;
    }
  }
  url.protocol = 'https:';
  url.username = '';
  url.password = '';
  url.port = '';
  url.hostname = url.hostname.replace(/\.$/, '');

  const kept = [...url.searchParams].filter(([name]) => !isTracking(name));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = new URLSearchParams(kept).toString();

  const fragment = decodeURIComponent(url.hash.slice(1));
  if (!PERMALINK_FRAGMENTS.some((pattern) => pattern.test(fragment))) url.hash = '';

  url.pathname = url.pathname.replace(/\/{2,}/g, '/');
  if (url.pathname.length > 1 && url.pathname.endsWith('/')) url.pathname = url.pathname.slice(0, -1);
  return url.href;
}

/** Whether `host` is the host a site lists (`example.com`, or `*.example.com`, which as in match patterns includes example.com). */
export function hostMatches(pattern: string, host: string): boolean {
  const wanted = host.toLowerCase();
  return pattern.startsWith('*.') ? wanted === pattern.slice(2) || wanted.endsWith(pattern.slice(1)) : wanted === pattern;
}

/** One site: the same host, with or without a leading www. (no public-suffix guess, so never wider). */
export function sameSite(a: URL, b: URL): boolean {
  const site = (url: URL) => url.hostname.toLowerCase().replace(/^www\./, '');
  return site(a) === site(b);
}
