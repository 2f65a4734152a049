import { browser } from 'wxt/browser';
import { SETTINGS_KEY, SettingsSchema, type Settings } from './schema/settings';

/** Reads the settings, with defaults for anything missing or unreadable. For extension pages and the background. */
export async function loadSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  const parsed = SettingsSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : SettingsSchema.parse({});
}

/** Validates and writes a change; a bad value throws with zod's message and nothing is written. */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = SettingsSchema.parse(change(await loadSettings()));
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}
