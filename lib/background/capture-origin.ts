import { getDomain } from 'tldts';
import { MatchPattern } from 'wxt/utils/match-patterns';
import type { Site } from '../sites/define';
import type { ParsedCaptureDraft } from '../schema/contribution';
import type { SiteRef } from '../user-sites/sites';

/** The part of runtime.MessageSender a capture is checked against. */
export interface CaptureSender {
  url?: string;
  frameId?: number;
  tab?: { url?: string };
  /** Where our content script says its top frame is now (captureContribution's pageUrl): it stands in only for a tab address the browser did not give. */
  pageUrl?: string;
}

export interface CaptureOriginDeps {
  sites: readonly Site[];
  /** Sites the user added (a Discourse forum, a self-hosted blog) and the adapter each runs. */
  userSites: readonly SiteRef[];
}

const parse = (raw: string | undefined): URL | undefined => {
  if (!raw) return undefined;
  try {
    return new URL(raw);
  } catch {
    return undefined;
  }
};

/** The registrable domain (youtube.com for studio.youtube.com); the host itself where there is none. */
const siteOf = (url: URL) => getDomain(url.hostname, { allowPrivateDomains: true }) ?? url.hostname;

// A string, not the URL: the library's `instanceof Location` check throws in a service worker.
const runsOn = (site: Site, url: URL) => site.matches.some((pattern) => new MatchPattern(pattern).includes(url.href));

const MATCH_HOST = /^[a-z*]+:\/\/([^/]+)\//;

/**
 * A top frame that loaded on a page the site's app moves from in place (its navigatesFrom) and whose
 * tab is now on one of the site's pages: history.pushState moves the tab's URL, while the sender's stays
 * the one the document loaded at. A page can push any address of its own origin anyway, so the
 * tab's address, as the browser reports it, stands for the page.
 */
function movedInPlace(site: Site, page: URL, sender: CaptureSender): boolean {
  if (sender.frameId !== 0) return false;
  // Firefox gives no tab address without the tabs permission: our script's reading of its own frame's address stands in (same origin only).
  const now = parse(sender.tab?.url ?? sender.pageUrl);
  if (!now || now.origin !== page.origin) return false;
  return (site.navigatesFrom ?? []).some((pattern) => new MatchPattern(pattern).includes(page.href)) && runsOn(site, now);
}

/** Hosts a site answers for: those of its match patterns and the ones its drafts link to. */
function ownsHost(site: Site, host: string): boolean {
  const patterns = [...site.matches.map((pattern) => pattern.match(MATCH_HOST)?.[1] ?? ''), ...(site.publishHosts ?? [])];
  // As in match patterns, *.example.com also stands for example.com itself.
  return patterns.some((pattern) => (pattern.startsWith('*.') ? host === pattern.slice(2) || host.endsWith(pattern.slice(1)) : host === pattern));
}

/**
 * Why a capture may not be stored, or undefined when it may. The draft is page-derived: a page can
 * shape what our extractor reads, so everything that can be checked against the sender is. The
 * site named by `platform` must run on the page that sent it (a built-in site or one the user
 * added for that site's adapter), only in the top frame unless the site frames its own editor, and
 * the draft's links must stay on that page's site and on hosts the site owns.
 */
export function captureOriginProblem(draft: ParsedCaptureDraft, sender: CaptureSender, deps: CaptureOriginDeps): string | undefined {
  const site = deps.sites.find((candidate) => candidate.id === draft.platform);
  if (!site) return `no site is called "${draft.platform}"`;
  const page = parse(sender.url);
  // Firefox gives a tab's URL only with the tabs permission; a top frame's own URL is the tab's.
  const top = parse(sender.tab?.url ?? (sender.tab && sender.frameId === 0 ? sender.url : undefined));
  if (!page || !top) return 'it did not come from a page in a tab';

  const userSite = deps.userSites.some((added) => added.adapter === site.id && added.origin === page.origin);
  if (!userSite && !runsOn(site, page) && !movedInPlace(site, page, sender)) return `${site.name} does not run on ${page.origin}`;

  const framed = sender.frameId !== undefined && sender.frameId !== 0;
  if (framed && !site.frames) return `${site.name} captures only in the top frame`;
  if (framed && siteOf(page) !== siteOf(top)) return `a ${page.hostname} frame inside ${top.hostname} is not the site's own`;

  for (const [field, raw] of [['url', draft.url], ['contextUrl', draft.contextUrl]] as const) {
    const link = parse(raw);
    if (raw === undefined) continue;
    if (!link) return `its ${field} is not a link`;
    if (siteOf(link) !== siteOf(page)) return `its ${field} (${link.hostname}) is not on the page's site (${page.hostname})`;
    const owned = userSite ? link.hostname === page.hostname : ownsHost(site, link.hostname);
    if (!owned) return `its ${field} (${link.hostname}) is not a ${site.name} address`;
  }
  return undefined;
}
