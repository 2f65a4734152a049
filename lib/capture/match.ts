/**
 * A match pattern (`https://*.example.com/questions/*`) as a test of a URL: scheme, host (`*.` also
 * matching the bare domain) and a glob over the path, as the background's check of a capture's
 * origin reads it (wxt/utils/match-patterns). Ours in content scripts, which would otherwise carry
 * that library's parser onto every page; the browser validates the manifest's patterns anyway.
 * String comparisons only: a RegExp per pattern is built and compiled on every page load.
 */
export function matchPattern(pattern: string): (url: URL) => boolean {
  const schemeEnd = pattern.indexOf('://');
  const pathStart = pattern.indexOf('/', schemeEnd + 3);
  const scheme = pattern.slice(0, schemeEnd);
  const host = pattern.slice(schemeEnd + 3, pathStart);
  const valid =
    schemeEnd > 0 &&
    pathStart > 0 &&
    (scheme === '*' || scheme === 'http' || scheme === 'https') &&
    host !== '' &&
    (host === '*' || !host.slice(host.startsWith('*.') ? 2 : 0).includes('*'));
  if (!valid) return () => false;
  const path = pattern.slice(pathStart).split('*');
  const domain = host.startsWith('*.') ? host.slice(2) : undefined;
  const schemeTakes = (protocol: string) => (scheme === '*' ? protocol === 'http:' || protocol === 'https:' : protocol === `${scheme}:`);
  const hostTakes = (name: string) => host === '*' || (domain === undefined ? name === host : name === domain || name.endsWith(`.${domain}`));
  return (url) => schemeTakes(url.protocol) && hostTakes(url.hostname) && globTakes(path, url.pathname);
}

/** Whether `text` reads as the glob's literal parts in order, with anything where a `*` was. */
function globTakes(parts: readonly string[], text: string): boolean {
  const last = parts.length - 1;
  if (last === 0) return text === parts[0];
  const head = parts[0]!;
  const tail = parts[last]!;
  if (text.length < head.length + tail.length || !text.startsWith(head) || !text.endsWith(tail)) return false;
  let at = head.length;
  const end = text.length - tail.length;
  for (const part of parts.slice(1, last)) {
    const found = text.indexOf(part, at);
    if (found < 0 || found + part.length > end) return false;
    at = found + part.length;
  }
  return true;
}
