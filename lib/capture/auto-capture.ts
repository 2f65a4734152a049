import type { Adapter, Found } from '../adapters/define';
import type { Draft } from '../schema/contribution';
import { toDraft } from './draft';
import type { OutboxStorage } from './outbox';
import { INTENT_TTL_MS, intentKey, intentOf, existingIds, type Intent } from './intent';

/**
 * Two-phase auto-capture. Phase one, the intent (lib/capture/intent.ts): the user submits the site's
 * answer form; we note which posts already exist. Phase two, the confirmation: a post that was not
 * there before appears (in place, or after the page reloads) and the adapter says the logged-in user
 * wrote it. A submit that fails shows no new post, so nothing is captured; one submit captures at most once.
 */
/** Server and local clocks disagree a little; a post older than this before the submit is old. */
const CLOCK_SLACK_MS = 10 * 60 * 1000;

export function createAutoCapture(
  adapter: Adapter,
  storage: OutboxStorage,
  onCapture: (draft: Draft) => void,
  now: () => number = Date.now,
) {
  let intent: Intent | undefined;

  const id = adapter.site.id;

  function take(found: Found): Draft {
    const captured = toDraft(adapter.site, found, 'auto');
    onCapture(captured);
    return captured;
  }

  async function clear() {
    intent = undefined;
    await storage.remove(intentKey(id));
  }

  /** Phase one, from an intent taken at the event (the content script's): kept in memory and for the next load. */
  async function arm(noted: Intent): Promise<void> {
    intent = noted;
    await storage.set({ [intentKey(id)]: noted });
  }

  return {
    /** Picks up an intent saved before a reload, from `stored` when the caller has read the key already. */
    async restore(stored?: Record<string, unknown>): Promise<void> {
      const saved = (stored ?? (await storage.get(intentKey(id))))[intentKey(id)] as Intent | undefined;
      if (saved && now() - saved.at < INTENT_TTL_MS) intent = saved;
      else if (saved) await clear();
    },

    /**
     * For adapters that watch their posts' state: arms, in memory only, an intent on the posts the
     * page shows now, unless one is armed already. A post that appears or changes state later, and
     * is the user's and fresh, is then confirmed.
     */
    watch(doc: Document, url: URL): void {
      if (!intent) intent = { adapterId: id, at: now(), path: url.pathname, existing: existingIds(adapter, doc) };
    },

    /** Phase one: call with submit and click events (capture phase) from the page. */
    async noteIntent(event: Event, doc: Document, url: URL): Promise<boolean> {
      const noted = intentOf(adapter, event, doc, url, now);
      if (!noted) return false;
      await arm(noted);
      return true;
    },

    arm,

    /** Phase two: call whenever the page changed. Returns the captured draft, if any. */
    async confirm(doc: Document, url: URL): Promise<Draft | undefined> {
      if (!intent) return undefined;
      if (now() - intent.at > INTENT_TTL_MS) {
        await clear();
        return undefined;
      }
      if (adapter.shape === 'publish') {
        const published = adapter.confirmPublish(doc, url, { at: intent.at, path: intent.path });
        if (published) {
          // A post that was live well before the click was updated, not published: refresh its entry only.
          const wasLive = published.publishedAt !== undefined && Date.parse(published.publishedAt) < intent.at - CLOCK_SLACK_MS;
          await clear();
          return take(wasLive ? { ...published, refreshOnly: true } : published);
        }
        return undefined;
      }
      const seen = new Set(intent.existing);
      for (const post of adapter.items(doc)) {
        const itemId = adapter.itemId(post);
        if (!itemId || seen.has(itemId)) continue;
        const found = adapter.extract(doc, url, post);
        if (!found?.own) continue;
        const published = found.publishedAt ? Date.parse(found.publishedAt) : undefined;
        const fresh = published === undefined ? url.pathname.startsWith(intent.path) : published >= intent.at - CLOCK_SLACK_MS;
        if (!fresh) continue;
        await clear();
        return take(found);
      }
      return undefined;
    },
  };
}
