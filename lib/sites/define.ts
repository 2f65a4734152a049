import type { Kind } from '../schema/contribution';
import type { UrlRewrite } from '../url';

/**
 * What the extension knows about a site without reading its pages: names, the pages the capture
 * runs on and the rules that give each post one link. No DOM code, so the popup, the dashboard and
 * the background import it freely; each is the `site` export of its adapter file (lib/adapters/<id>.ts), whose extractor (the default
 * export) only content scripts bundle.
 */
export interface Site {
  /** Stored in the database as `platform`; equals the adapter's file name in lib/adapters/. */
  id: string;
  name: string;
  kind: Kind;
  /** Match patterns of the pages the content script runs on. */
  matches: string[];
  /**
   * Pages of the same hosts from which the site's own app reaches `matches` without a full load (a
   * single-page app): the content script loads there too and only listens until a move lands on
   * one of `matches` (lib/capture/soft-navigation.ts).
   */
  navigatesFrom?: string[];
  /**
   * Hosts (`www.youtube.com`, `*.blogspot.com`) of the public addresses the site's drafts link to, where
   * they are not hosts of `matches` (a studio publishing to the watch page). The background refuses a draft
   * linking anywhere else.
   */
  publishHosts?: string[];
  /** The site shows its editor in a frame of its own site (wordpress.com): the script runs, and may capture, there. */
  frames?: boolean;
  /** Site rules for canonical URLs (short links, legacy paths); run only on the site's own hosts. */
  canonical?: UrlRewrite;
  /** Other hosts whose links name the site's posts (short links, embeds, legacy domains): `canonical` runs there too. */
  linkHosts?: string[];
}

/** Called as `/* @__PURE__ *\/ defineSite(…)`, so a bundle that needs only the metadata drops the extractor beside it. */
export function defineSite(site: Site): Site {
  return site;
}

/** The match patterns of these sites' pages. */
export function matchesOf(sites: readonly Site[]): string[] {
  return [...new Set(sites.flatMap((site) => site.matches))];
}
