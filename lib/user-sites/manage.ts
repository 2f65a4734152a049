import { browser } from 'wxt/browser';
import { matchesOf, sites } from '../sites';
import type { UserSite } from '../schema/settings';
import { loadSettings, updateSettings } from '../settings';
import { parseSiteAddress } from './address';
import { sitePattern } from './sites';

/**
 * Adding and removing sites from an extension page. The page only writes the setting and asks for (or
 * gives back) the host permission; the background registers the content scripts from both
 * (lib/user-sites/sync.ts), so a site works even if the permission prompt closed the popup.
 */
export interface UserSitesApi {
  load(): Promise<UserSite[]>;
  save(change: (sites: UserSite[]) => UserSite[]): Promise<UserSite[]>;
  /** Asks the browser for access; must be called within the user's click. */
  request(pattern: string): Promise<boolean>;
  release(pattern: string): Promise<boolean>;
  granted(pattern: string): Promise<boolean>;
}

export const browserUserSitesApi: UserSitesApi = {
  load: async () => (await loadSettings()).userSites,
  save: async (change) => (await updateSettings((settings) => ({ ...settings, userSites: change(settings.userSites) }))).userSites,
  request: (pattern) => browser.permissions.request({ origins: [pattern] }),
  release: (pattern) => browser.permissions.remove({ origins: [pattern] }),
  granted: (pattern) => browser.permissions.contains({ origins: [pattern] }),
};

export type Outcome = { ok: true; message: string } | { ok: false; error: string };

const hostOf = (origin: string) => new URL(origin).hostname;

/**
 * Validates the address, asks for access to it and stores it. The permission request is the first
 * thing done, synchronously, because the browser only shows its prompt within the user's gesture.
 */
export function addUserSite(api: UserSitesApi, input: string, adapter: string, current: readonly UserSite[], now = new Date()): Promise<Outcome> {
  const parsed = parseSiteAddress(input, { taken: current.map((site) => site.origin), builtIn: matchesOf(sites) });
  if (!parsed.ok) return Promise.resolve({ ok: false, error: parsed.error });
  const { origin } = parsed;
  const answer = api.request(sitePattern(origin)).catch(() => false);
  return (async (): Promise<Outcome> => {
    // Stored before the answer: should the prompt close this page, the background still registers
    // the site as soon as access is granted.
    await api.save((sites) => [...sites.filter((site) => site.origin !== origin), { origin, adapter, addedAt: now.toISOString() }]);
    if (!(await answer)) {
      await api.save((sites) => sites.filter((site) => site.origin !== origin));
      return { ok: false, error: `Access to ${hostOf(origin)} was not granted, so it was not added.` };
    }
    return { ok: true, message: `Added ${hostOf(origin)}: your posts there are captured from now on.` };
  })();
}

/** Asks again for a site whose access was refused or taken back; within the user's click. */
export function allowUserSite(api: UserSitesApi, site: UserSite): Promise<boolean> {
  return api.request(sitePattern(site.origin)).catch(() => false);
}

/** Forgets the site and gives its access back; the background unregisters its script. */
export async function removeUserSite(api: UserSitesApi, origin: string): Promise<Outcome> {
  await api.save((sites) => sites.filter((site) => site.origin !== origin));
  await api.release(sitePattern(origin)).catch(() => false);
  return { ok: true, message: `Removed ${hostOf(origin)}: nothing is read there any more.` };
}
