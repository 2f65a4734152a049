import type { UserSite } from '../schema/settings';
import { SCRIPT_ID_PREFIX, USER_SITE_SCRIPT, scriptIdOf, sitePattern } from './sites';

/** The part of `browser.scripting` the reconciler uses. */
export interface ScriptRegistry {
  getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]>;
  registerContentScripts(scripts: Registration[]): Promise<unknown>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<unknown>;
}

export interface Registration {
  id: string;
  matches: string[];
  js: string[];
  runAt: 'document_idle';
  persistAcrossSessions: boolean;
}

export interface SyncDeps {
  registry: ScriptRegistry;
  sites(): Promise<UserSite[]>;
  granted(pattern: string): Promise<boolean>;
  /** Adapter ids a site may name; a site naming another one gets no script. */
  families: readonly string[];
}

export interface SyncResult {
  registered: string[];
  unregistered: string[];
}

/**
 * Makes the registered scripts match the settings: one script for each added site whose host
 * permission is granted, none for any other. Idempotent, so every trigger (browser start, update,
 * settings change, permission granted or revoked) just calls it again.
 */
export async function syncUserSiteScripts({ registry, sites, granted, families }: SyncDeps): Promise<SyncResult> {
  const wanted = new Map<string, Registration>();
  for (const site of await sites()) {
    if (!families.includes(site.adapter) || !(await granted(sitePattern(site.origin)))) continue;
    const id = scriptIdOf(site);
    wanted.set(id, { id, matches: [sitePattern(site.origin)], js: [USER_SITE_SCRIPT], runAt: 'document_idle', persistAcrossSessions: true });
  }
  const present = (await registry.getRegisteredContentScripts()).filter((script) => script.id.startsWith(SCRIPT_ID_PREFIX));
  const unregistered = present.map((script) => script.id).filter((id) => !wanted.has(id));
  const registered = [...wanted.keys()].filter((id) => !present.some((script) => script.id === id));
  if (unregistered.length > 0) await registry.unregisterContentScripts({ ids: unregistered });
  if (registered.length > 0) await registry.registerContentScripts(registered.map((id) => wanted.get(id)!));
  return { registered, unregistered };
}
