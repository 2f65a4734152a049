import type { Adapter } from '../adapters/define';
import { t } from '../i18n';
import type { ReplyOf } from '../schema/messages';
import { settingKey } from '../schema/settings-key';
import { createAutoCapture } from './auto-capture';
import { deliverer } from './deliver';
import { toDraft } from './draft';
import { handleIn, learnHandle, withStoredHandle } from './handles';
import { intentKey, type Intent } from './intent';
import type { Outbox, OutboxStorage } from './outbox';
import { showToast } from './toast';

export interface ExtractorHost {
  doc: Document;
  win: Window;
  storage: OutboxStorage;
  outbox: Outbox;
  undo: (id: string) => Promise<ReplyOf<'undoCapture'>>;
}

/**
 * The half of a capture script that reads posts, loaded by the content script (detector.ts) only when
 * it is needed. The detector calls it in order, one call at a time.
 */
export interface Extractor {
  /** The site the detector routed the page to (after a load or an in-page move), or none. */
  route(siteId: string | undefined): Promise<void>;
  /**
   * The user pressed a post's Save button. Resolves once the capture is in the outbox (or was not
   * readable); `delivered` settles after the background's answer was shown.
   */
  save(post: Element): Promise<{ delivered: Promise<void> } | undefined>;
  /** The user's submit or publish, as the detector took it at the event. */
  arm(intent: Intent): Promise<void>;
  /** The page changed: a post the armed intent was waiting for may be there now. */
  confirm(): Promise<void>;
}

export function startExtractor(adapters: readonly Adapter[], host: ExtractorHost): Extractor {
  const { doc, win, storage } = host;
  const capture = deliverer(doc, host.outbox, host.undo);
  const currentUrl = () => new URL(win.location.href);
  let adapter: Adapter | undefined;
  let auto: ReturnType<typeof createAutoCapture> | undefined;

  return {
    async route(siteId) {
      const found = adapters.find((candidate) => candidate.site.id === siteId);
      adapter = auto = undefined;
      if (!found) return;
      // The handle and an intent armed before a reload: read here, so a page nobody acts on reads neither.
      const stored: Record<string, unknown> = await storage.get([settingKey.handle(found.site.id), intentKey(found.site.id)]).catch(() => ({}));
      const handle = handleIn(stored, found.site.id) ?? (await learnHandle(storage, found, doc).catch(() => undefined));
      adapter = withStoredHandle(found, handle);
      auto = createAutoCapture(adapter, storage, (draft) => void capture(draft));
      await auto.restore(stored).catch(() => undefined);
      if (adapter.shape === 'forum' && adapter.watchesState) auto.watch(doc, currentUrl());
    },

    async save(post) {
      if (adapter?.shape !== 'forum') return undefined;
      const found = adapter.extract(doc, currentUrl(), post);
      if (!found) {
        showToast(doc, { message: t('toastUnreadable'), tone: 'error' });
        return undefined;
      }
      return capture(toDraft(adapter.site, found, 'one-click'));
    },

    async arm(intent) {
      if (intent.adapterId === adapter?.site.id) await auto?.arm(intent).catch(() => undefined);
    },

    async confirm() {
      const url = currentUrl();
      await auto?.confirm(doc, url).catch(() => undefined);
      if (adapter?.shape === 'forum' && adapter.watchesState) auto?.watch(doc, url);
    },
  };
}
