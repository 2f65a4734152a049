import type { Adapter, ForumAdapter } from '../adapters/define';
import { settingKey } from '../schema/settings-key';
import type { OutboxStorage } from './outbox';

/** Names compare as the sites print them differently: "aran-fey" in a link, "Aran-Fey" on the post. */
export const sameHandle = (a: string, b: string) => a.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '') === b.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * When a page of the site last showed nobody signed in, so no handle could be learnt: the content
 * script loads its extractor to look again only a day later (lib/capture/detector.ts).
 */
export const handleLookKey = (adapterId: string) => `handleLooked:${adapterId}`;
export const HANDLE_LOOK_AGAIN_MS = 24 * 60 * 60 * 1000;

/** The handle among values read from storage (the runtime reads it with the page's other keys). */
export function handleIn(stored: Record<string, unknown>, adapterId: string): string | undefined {
  const handle = stored[settingKey.handle(adapterId)];
  return typeof handle === 'string' && handle.trim() ? handle.trim() : undefined;
}

/** The user's handle on this adapter's site, as learnt or as the user set it in Settings. */
export async function storedHandle(storage: Pick<OutboxStorage, 'get'>, adapterId: string): Promise<string | undefined> {
  return handleIn(await storage.get(settingKey.handle(adapterId)), adapterId);
}

/**
 * Learns the handle of the user signed in on this page, once (returns the handle stored now, if any): a handle already stored (learnt or
 * typed by the user) is never replaced from a page. Read without zod to keep content scripts small;
 * the popup validates what it shows and writes.
 */
export async function learnHandle(storage: OutboxStorage, adapter: Adapter, doc: Document): Promise<string | undefined> {
  const handle = adapter.currentUser?.(doc)?.handle?.trim();
  if (!handle || handle.length > 200) {
    await storage.set({ [handleLookKey(adapter.site.id)]: Date.now() });
    return undefined;
  }
  const stored = await storedHandle(storage, adapter.site.id);
  if (stored) return stored;
  // Only this adapter's key: a page never rewrites another setting.
  await storage.set({ [settingKey.handle(adapter.site.id)]: handle });
  return handle;
}

/**
 * The adapter, with the stored handle as a fallback for pages that show nobody signed in (a logged-out
 * tab, a cached page): a post by that handle is the user's. Where the page does show a signed-in user,
 * the adapter's own answer stands. Publish adapters are left as they are: they confirm only the user's own posts.
 */
export function withStoredHandle<A extends Adapter>(adapter: A, handle: string | undefined): A {
  if (!handle || adapter.shape !== 'forum') return adapter;
  const forum: ForumAdapter = adapter;
  return {
    ...adapter,
    extract(doc: Document, url: URL, el: Element) {
      const found = forum.extract(doc, url, el);
      if (!found || found.own || forum.currentUser(doc)) return found;
      const names = [found.author, ...(forum.people?.(doc, el) ?? [])];
      return names.some((name) => name && sameHandle(name, handle)) ? { ...found, own: true } : found;
    },
  };
}
