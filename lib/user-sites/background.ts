import type { WxtBrowser } from 'wxt/browser';
import { settingKey } from '../schema/settings-key';
import { loadSettings } from '../settings';
import { userSiteFamilies } from './families';
import { syncUserSiteScripts } from './sync';

type Api = Pick<WxtBrowser, 'runtime' | 'storage' | 'permissions' | 'scripting'>;

/**
 * Keeps the user-added sites' content scripts registered: on browser start and extension update
 * (an update may drop dynamic scripts), when the settings change (a site added or removed) and when a
 * host permission is granted or revoked (the prompt's answer may arrive after the popup closed).
 * Listeners are added synchronously so an event that wakes the worker is never missed.
 */
export function watchUserSites(api: Api): void {
  let queue: Promise<unknown> = Promise.resolve();
  // One pass at a time: two overlapping passes would both register a missing script.
  const sync = () => {
    queue = queue
      .then(() =>
        syncUserSiteScripts({
          registry: api.scripting,
          sites: async () => (await loadSettings()).userSites,
          granted: (pattern) => api.permissions.contains({ origins: [pattern] }),
          families: userSiteFamilies.map((adapter) => adapter.id),
        }),
      )
      .catch((error: unknown) => console.warn('[contribution-tracker] user sites could not be registered', error));
  };
  api.runtime.onStartup.addListener(sync);
  api.runtime.onInstalled.addListener(sync);
  api.permissions.onAdded.addListener(sync);
  api.permissions.onRemoved.addListener(sync);
  api.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && Object.keys(changes).some((key) => key.startsWith(settingKey.userSite('')))) sync();
  });
}
