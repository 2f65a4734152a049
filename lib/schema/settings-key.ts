/**
 * Where each setting lives in browser.storage.local: one key per setting, and one per item of a
 * setting that is a list or a map (a site switched off, a handle, a user-added site). Two pages that
 * change different settings at once then write different keys and both changes hold, and a value
 * that fails to parse loses only itself. Free of zod so content scripts can read it.
 */
export const SETTING_PREFIX = 'setting:';

export const settingKey = {
  screenshots: `${SETTING_PREFIX}screenshots`,
  acePoints: `${SETTING_PREFIX}acePoints`,
  disabled: (adapterId: string) => `${SETTING_PREFIX}disabled:${adapterId}`,
  handle: (adapterId: string) => `${SETTING_PREFIX}handle:${adapterId}`,
  userSite: (origin: string) => `${SETTING_PREFIX}userSite:${origin}`,
} as const;

/** The part of a key after a per-item prefix (`setting:handle:` → the adapter id), if it has that prefix. */
export function itemOf(key: string, prefix: (item: string) => string): string | undefined {
  const start = prefix('');
  return key.startsWith(start) && key.length > start.length ? key.slice(start.length) : undefined;
}

/** Before one key per setting, every setting sat in one object under this key (migrated at start). */
export const LEGACY_SETTINGS_KEY = 'settings';
