import type { Adapter } from '../adapters/define';
import { t } from '../i18n';
import { toDraft } from './draft';
import type { ReplyOf } from '../schema/messages';
import { createAutoCapture } from './auto-capture';
import { intentKey } from './intent';
import { disabledAdapters } from './disabled';
import { settingKey } from '../schema/settings-key';
import { handleIn, learnHandle, withStoredHandle } from './handles';
import { detectedAdapters } from './route';
import { injectSaveButtons } from './save-buttons';
import { showToast } from './toast';
import { deliverer } from './deliver';
import { watchUserActions } from './user-action';
import type { Outbox, OutboxStorage } from './outbox';

export interface CaptureHost {
  doc: Document;
  win: Window;
  storage: OutboxStorage;
  outbox: Outbox;
  undo: (id: string) => Promise<ReplyOf<'undoCapture'>>;
  /** Aborts when the content script is invalidated (extension reloaded or updated). */
  signal: AbortSignal;
  /** Whether an event is a person's own (default: watchUserActions); unit tests driving a fake DOM pass their own. */
  isUserAction?: (event: Event) => boolean;
}

/** Runs one page: Save buttons, auto-capture, and re-routing after in-page navigation. */
export function startCapture(adapters: readonly Adapter[], host: CaptureHost) {
  const { doc, win, signal } = host;
  let adapter: Adapter | undefined;
  let auto: ReturnType<typeof createAutoCapture> | undefined;
  let scheduled = false;

  const capture = deliverer(doc, host.outbox, host.undo);

  function currentUrl() {
    return new URL(win.location.href);
  }

  function scan() {
    scheduled = false;
    if (signal.aborted || !adapter) return;
    const active = adapter;
    const url = currentUrl();
    if (active.shape === 'forum')
      injectSaveButtons(active, doc, isByUser, (post, button) => {
        const found = active.extract(doc, url, post);
        if (!found) {
          showToast(doc, { message: t('toastUnreadable'), tone: 'error' });
          return;
        }
        button.setAttribute('aria-busy', 'true');
        void capture(toDraft(active.site, found, 'one-click')).finally(() => button.removeAttribute('aria-busy'));
      });
    const watching = active.shape === 'forum' && active.watchesState;
    void auto?.confirm(doc, url).then(() => {
      if (watching) auto?.watch(doc, url);
    });
  }

  /** MutationObserver callbacks only queue work; the scan runs once per burst of changes. */
  function schedule() {
    if (scheduled || signal.aborted) return;
    scheduled = true;
    win.setTimeout(scan, 150);
  }

  /**
   * Finds the page's adapter. A page none of them takes costs no storage read, no listener and no
   * observer; for an adapter that found its page, one read brings its switch, the user's handle and
   * an intent armed before a reload.
   */
  async function route(): Promise<Adapter | undefined> {
    // In a frame, only an adapter whose site frames its own editor runs (the background checks the frame's site too).
    const framed = win.self !== win.top;
    const detected = detectedAdapters(adapters.filter((candidate) => !framed || candidate.site.frames), doc, currentUrl());
    const ids = detected.map((candidate) => candidate.site.id);
    const keys = ids.flatMap((id) => [settingKey.disabled(id), settingKey.handle(id), intentKey(id)]);
    const stored: Record<string, unknown> = keys.length ? await host.storage.get(keys).catch(() => ({})) : {};
    const off = disabledAdapters(stored, ids);
    const routed = detected.find((candidate) => !off.has(candidate.site.id));
    const handle = routed && (handleIn(stored, routed.site.id) ?? (await learnHandle(host.storage, routed, doc).catch(() => undefined)));
    adapter = routed && withStoredHandle(routed, handle);
    auto = adapter ? createAutoCapture(adapter, host.storage, (draft) => void capture(draft)) : undefined;
    await auto?.restore(stored).catch(() => undefined);
    if (adapter?.shape === 'forum' && adapter.watchesState) auto?.watch(doc, currentUrl());
    if (!adapter) {
      observer.disconnect();
      return undefined;
    }
    listen();
    if (!signal.aborted) observer.observe(doc.documentElement, { childList: true, subtree: true });
    schedule();
    return adapter;
  }

  let byUser: ((event: Event) => boolean) | undefined;
  const isByUser = (event: Event) => byUser?.(event) === true;
  /** The page's events, from the first time an adapter has the page on (listeners stay for in-page navigation). */
  function listen() {
    if (byUser) return;
    byUser = host.isUserAction ?? watchUserActions(doc, signal);
    // Only a person's click, key or submit arms a capture: a page cannot script one into the store.
    const onIntent = (event: Event) => {
      if (!isByUser(event)) return;
      void auto?.noteIntent(event, doc, currentUrl()).catch(() => undefined);
    };
    doc.addEventListener('submit', onIntent, { capture: true, signal });
    doc.addEventListener('click', onIntent, { capture: true, signal });
    doc.addEventListener('keydown', onIntent, { capture: true, signal });
    // Upload pages open their file input from a styled button by script (an untrusted click); the
    // browser's change event after the person picked a file is trusted.
    doc.addEventListener('change', onIntent, { capture: true, signal });
  }

  // Watches the page only while an adapter has it (route starts and stops it).
  const observer = new MutationObserver(schedule);
  signal.addEventListener('abort', () => observer.disconnect());

  return { route, scan };
}
