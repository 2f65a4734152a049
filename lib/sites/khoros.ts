import { defineSite } from './define';

export const AURORA_PATH = /^\/(discussions|blog|kb|idea|event)\/([^/]+)\/([^/]+)\/(\d+)(?:\/(?:replies|comments)\/(\d+))?/i;

export const CLASSIC_PATH = /^\/t5\/(.+?)\/(td-p|m-p|qaq-p|qaa-p|ta-p|ba-p|idi-p|ev-p)\/(\d+)/i;

export const AURORA_HOSTS = new Set(['techcommunity.microsoft.com']);

/** Khoros URL rules, also used for legacy VMTN links (see broadcom-community.ts). */
export function khorosCanonical(url: URL): URL | undefined {
  const classic = url.pathname.match(CLASSIC_PATH);
  if (classic) {
    const out = new URL(`https://${url.hostname}/t5/${classic[1]}/${classic[2]!.toLowerCase()}/${classic[3]}`);
    // `/m-p/{id}` names the message; `#M{n}` only repeats it. On a thread URL `#M{n}` picks a reply.
    if (classic[2]!.toLowerCase() !== 'm-p' && /^#M\d+$/.test(url.hash)) out.hash = url.hash;
    return out;
  }
  const aurora = AURORA_HOSTS.has(url.hostname) ? url.pathname.match(AURORA_PATH) : null;
  // Aurora serves lower-cased paths (seoProperties.lowercasePath), so links differ only in case.
  return aurora ? new URL(`https://${url.hostname}${aurora[0].toLowerCase()}`) : undefined;
}

export default defineSite({
  id: 'khoros',
  name: 'Khoros community',
  kind: 'forum-answer',
  matches: ['https://techcommunity.microsoft.com/discussions/*', 'https://techcommunity.microsoft.com/t5/*', 'https://communities.vmware.com/t5/*'],
  canonical: khorosCanonical,
});
