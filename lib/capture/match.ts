/**
 * A match pattern (`https://*.example.com/questions/*`) as a test of a URL: scheme, host (`*.` also
 * matching the bare domain) and a glob over the path, as the background's check of a capture's
 * origin reads it (wxt/utils/match-patterns). Ours in content scripts, which would otherwise carry
 * that library's parser onto every page; the browser validates the manifest's patterns anyway.
 */
export function matchPattern(pattern: string): (url: URL) => boolean {
  const parts = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*]+)(\/.*)$/.exec(pattern);
  if (!parts) return () => false;
  const [, scheme, host = '', path = ''] = parts;
  const glob = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*');
  const hostPart = host === '*' ? '[^/]+' : host.startsWith('*.') ? `(?:[^/]+\\.)?${glob(host.slice(2))}` : glob(host);
  const test = new RegExp(`^${scheme === '*' ? 'https?' : scheme}://${hostPart}${glob(path)}$`);
  return (url) => test.test(`${url.protocol}//${url.hostname}${url.pathname}`);
}
