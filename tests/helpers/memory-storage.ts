import type { OutboxStorage } from '../../lib/capture/outbox';

/** browser.storage.local's shape over a Map, for tests that watch what was written. */
export function memoryStorage(initial: Record<string, unknown> = {}): OutboxStorage & { data: Map<string, unknown> } {
  const data = new Map(Object.entries(structuredClone(initial)));
  return {
    data,
    async get(keys) {
      const wanted = keys === null ? [...data.keys()] : Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(wanted.filter((key) => data.has(key)).map((key) => [key, structuredClone(data.get(key))]));
    },
    async set(items) {
      for (const [key, value] of Object.entries(items)) data.set(key, structuredClone(value));
    },
    async remove(keys) {
      for (const key of Array.isArray(keys) ? keys : [keys]) data.delete(key);
    },
  };
}
