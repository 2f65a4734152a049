import { browser } from 'wxt/browser';
import type { OutboxStorage } from './capture/outbox';
import { SettingValueSchemas, SettingsSchema, UserSiteSchema, type Settings } from './schema/settings';
import { LEGACY_SETTINGS_KEY, SETTING_PREFIX, itemOf, settingKey } from './schema/settings-key';

type Storage = OutboxStorage;
type Entries = Record<string, unknown>;

/** The settings held in storage's keys; each key that fails to parse is left out, so its setting keeps its default. */
export function settingsFrom(stored: Entries): Settings {
  const settings: Settings = SettingsSchema.parse({});
  for (const [key, value] of Object.entries(stored)) {
    if (!key.startsWith(SETTING_PREFIX)) continue;
    if (key === settingKey.screenshots) {
      const parsed = SettingValueSchemas.screenshots.safeParse(value);
      if (parsed.success) settings.screenshots = parsed.data;
      continue;
    }
    if (key === settingKey.acePoints) {
      const parsed = SettingValueSchemas.acePoints.safeParse(value);
      if (parsed.success) settings.acePoints = parsed.data;
      continue;
    }
    const disabled = itemOf(key, settingKey.disabled);
    if (disabled !== undefined && SettingValueSchemas.disabled.safeParse(value).success) settings.disabledAdapters.push(disabled);
    const handleOf = itemOf(key, settingKey.handle);
    const handle = handleOf !== undefined ? SettingValueSchemas.handle.safeParse(value) : undefined;
    if (handleOf !== undefined && handle?.success) settings.handles[handleOf] = handle.data;
    const origin = itemOf(key, settingKey.userSite);
    const site = origin !== undefined && value && typeof value === 'object' ? UserSiteSchema.safeParse({ ...value, origin }) : undefined;
    if (site?.success) settings.userSites.push(site.data);
  }
  settings.disabledAdapters.sort();
  settings.userSites.sort((a, b) => a.addedAt.localeCompare(b.addedAt) || a.origin.localeCompare(b.origin));
  return settings;
}

/** The storage keys and values that hold these settings. */
export function entriesOf(settings: Settings): Entries {
  const entries: Entries = { [settingKey.screenshots]: settings.screenshots };
  if (Object.keys(settings.acePoints).length > 0) entries[settingKey.acePoints] = settings.acePoints;
  for (const id of settings.disabledAdapters) entries[settingKey.disabled(id)] = true;
  for (const [id, handle] of Object.entries(settings.handles)) if (handle.trim()) entries[settingKey.handle(id)] = handle.trim();
  for (const { origin, ...site } of settings.userSites) entries[settingKey.userSite(origin)] = site;
  return entries;
}

/** The old single settings object as per-key entries: every field, and every item of a list, checked alone. */
export function legacyEntries(legacy: unknown): Entries {
  if (!legacy || typeof legacy !== 'object') return {};
  const { screenshots, disabledAdapters, handles, userSites } = legacy as Record<string, unknown>;
  const entries: Entries = {};
  if (SettingValueSchemas.screenshots.safeParse(screenshots).success) entries[settingKey.screenshots] = screenshots;
  for (const id of Array.isArray(disabledAdapters) ? disabledAdapters : []) if (typeof id === 'string' && id) entries[settingKey.disabled(id)] = true;
  for (const [id, handle] of Object.entries(handles && typeof handles === 'object' ? handles : {})) {
    const parsed = SettingValueSchemas.handle.safeParse(handle);
    if (parsed.success) entries[settingKey.handle(id)] = parsed.data;
  }
  for (const site of Array.isArray(userSites) ? userSites : []) {
    const parsed = UserSiteSchema.safeParse(site);
    if (parsed.success) entries[settingKey.userSite(parsed.data.origin)] = { adapter: parsed.data.adapter, addedAt: parsed.data.addedAt };
  }
  return entries;
}

/**
 * Moves the old single settings object to one key per setting, keeping every value that parses. A key
 * already written in the new layout wins (it is newer). Idempotent: the old object goes only after
 * its values are written, so an interrupted move is redone at the next start.
 */
export async function migrateSettings(storage: Storage = browser.storage.local): Promise<void> {
  const stored = await storage.get(null);
  if (!(LEGACY_SETTINGS_KEY in stored)) return;
  const missing = Object.entries(legacyEntries(stored[LEGACY_SETTINGS_KEY])).filter(([key]) => !(key in stored));
  if (missing.length > 0) await storage.set(Object.fromEntries(missing));
  await storage.remove(LEGACY_SETTINGS_KEY);
}

/** Reads the settings, with defaults for anything missing or unreadable. For extension pages and the background. */
export async function loadSettings(storage: Storage = browser.storage.local): Promise<Settings> {
  let stored = await storage.get(null);
  if (LEGACY_SETTINGS_KEY in stored) {
    await migrateSettings(storage);
    stored = await storage.get(null);
  }
  return settingsFrom(stored);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Validates a change and writes only the keys it changed, so a change made meanwhile in another page
 * to another setting is kept. A bad value throws with zod's message and nothing is written. Returns
 * the settings as stored afterwards, other pages' changes included.
 */
export async function updateSettings(change: (current: Settings) => Settings, storage: Storage = browser.storage.local): Promise<Settings> {
  const current = await loadSettings(storage);
  const next = SettingsSchema.parse(change(structuredClone(current)));
  const before = entriesOf(current);
  const after = entriesOf(next);
  const written = Object.entries(after).filter(([key, value]) => !same(before[key], value));
  const removed = Object.keys(before).filter((key) => !(key in after));
  if (written.length > 0) await storage.set(Object.fromEntries(written));
  if (removed.length > 0) await storage.remove(removed);
  return loadSettings(storage);
}
