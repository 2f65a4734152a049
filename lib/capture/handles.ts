import type { Adapter } from '../adapters/define';
import { SETTINGS_KEY } from '../schema/settings-key';
import type { OutboxStorage } from './outbox';

/** Names compare as the sites print them differently: "aran-fey" in a link, "Aran-Fey" on the post. */
export const sameHandle = (a: string, b: string) => a.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '') === b.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

type StoredSettings = { handles?: Record<string, unknown> } & Record<string, unknown>;

async function readSettings(storage: Pick<OutboxStorage, 'get'>): Promise<StoredSettings> {
  const value = (await storage.get(SETTINGS_KEY))[SETTINGS_KEY];
  return value && typeof value === 'object' ? (value as StoredSettings) : {};
}

/** The user's handle on this adapter's site, as learnt or as the user set it in Settings. */
export async function storedHandle(storage: Pick<OutboxStorage, 'get'>, adapterId: string): Promise<string | undefined> {
  const handle = (await readSettings(storage)).handles?.[adapterId];
  return typeof handle === 'string' && handle.trim() ? handle.trim() : undefined;
}

/**
 * Learns the handle of the user signed in on this page, once: a handle already stored (learnt or
 * typed by the user) is never replaced from a page. Read without zod to keep content scripts small;
 * the popup validates what it shows and writes.
 */
export async function learnHandle(storage: OutboxStorage, adapter: Adapter, doc: Document): Promise<void> {
  const handle = adapter.currentUser(doc)?.handle?.trim();
  if (!handle || handle.length > 200) return;
  const settings = await readSettings(storage);
  if (typeof settings.handles?.[adapter.id] === 'string' && (settings.handles[adapter.id] as string).trim()) return;
  await storage.set({ [SETTINGS_KEY]: { ...settings, handles: { ...settings.handles, [adapter.id]: handle } } });
}

/**
 * The adapter, with the stored handle as a fallback for pages that show nobody signed in (a logged-out
 * tab, a cached page): a post by that handle is the user's. Where the page does show a signed-in user,
 * the adapter's own answer stands.
 */
export function withStoredHandle(adapter: Adapter, handle: string | undefined): Adapter {
  if (!handle) return adapter;
  return {
    ...adapter,
    extract(doc, url, el) {
      const draft = adapter.extract(doc, url, el);
      if (!draft || draft.own || !draft.author || adapter.currentUser(doc)) return draft;
      return sameHandle(draft.author, handle) ? { ...draft, own: true } : draft;
    },
  };
}
