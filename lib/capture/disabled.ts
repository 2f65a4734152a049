import { SETTING_PREFIX, itemOf, settingKey } from '../schema/settings-key';
import type { OutboxStorage } from './outbox';

/**
 * The adapter ids the user switched off in the popup (one `setting:disabled:<id>` key each), read
 * without zod so the content scripts stay small; a key whose value is not `true` switches nothing off.
 */
export async function disabledAdapters(storage: Pick<OutboxStorage, 'get'>): Promise<ReadonlySet<string>> {
  const stored = await storage.get(null);
  const ids = Object.entries(stored).flatMap(([key, value]) => {
    const id = key.startsWith(SETTING_PREFIX) && value === true ? itemOf(key, settingKey.disabled) : undefined;
    return id === undefined ? [] : [id];
  });
  return new Set(ids);
}
