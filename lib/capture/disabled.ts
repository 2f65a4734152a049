import { SETTINGS_KEY } from '../schema/settings-key';
import type { OutboxStorage } from './outbox';

/**
 * The adapter ids the user switched off in the popup (settings.disabledAdapters), read without zod so
 * the content scripts stay small; anything missing or malformed means none are off.
 */
export async function disabledAdapters(storage: Pick<OutboxStorage, 'get'>): Promise<ReadonlySet<string>> {
  const settings = (await storage.get(SETTINGS_KEY))[SETTINGS_KEY] as { disabledAdapters?: unknown } | undefined;
  const ids = settings?.disabledAdapters;
  return new Set(Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : []);
}
