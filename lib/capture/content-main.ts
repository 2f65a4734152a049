import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Adapter } from '../adapters/define';
import { t } from '../i18n';
import { isContextInvalidated, sendMessage } from '../messaging';
import { createOutbox, type OutboxStorage } from './outbox';
import { startCapture } from './runtime';
import { showToast } from './toast';

/** How often pending captures are retried while the page stays open. */
const RETRY_MS = 30_000;

/** How the script notices its page moving in place, and routes again. */
export type FollowMoves = (ctx: ContentScriptContext, adapters: readonly Adapter[], route: () => Promise<void>) => void;

/** WXT's own address watcher: enough where a move is a new address; families on Turbo or an SPA bring soft-navigation.ts. */
const followAddress: FollowMoves = (ctx, _adapters, route) => ctx.addEventListener(window, 'wxt:locationchange', () => void route());

/** The body of every capture content script; each family passes its own adapters. */
export function runCaptureScript(ctx: ContentScriptContext, adapters: readonly Adapter[], follow: FollowMoves = followAddress): void {
  // Reached on first use: the extension's storage API costs the page its set-up even when a page
  // none of the adapters takes never reads a key.
  const storage: OutboxStorage = {
    get: (keys) => browser.storage.local.get(keys),
    set: (items) => browser.storage.local.set(items),
    remove: (keys) => browser.storage.local.remove(keys),
  };
  const outbox = createOutbox(
    storage,
    (item) => sendMessage({ type: 'captureContribution', captureId: item.captureId, draft: item.draft, pageUrl: location.href }),
    (_item, error) => showToast(document, { message: t('notSaved', error), tone: 'error' }),
    { retryPending: () => sendMessage({ type: 'retryPendingCaptures' }) },
  );
  const flush = () => {
    if (ctx.isValid)
      outbox.flush().catch((error) => {
        if (!isContextInvalidated(error)) console.warn('[contribution-tracker] retry failed', error);
      });
  };

  const runtime = startCapture(adapters, {
    doc: document,
    win: window,
    storage,
    outbox,
    undo: (id) => sendMessage({ type: 'undoCapture', id }),
    signal: ctx.signal,
  });
  // Pending captures are retried from pages an adapter takes (the background drains them too):
  // first when the page is idle, then every RETRY_MS and whenever the tab comes back into view.
  let retrying = false;
  const keepRetrying = () => {
    if (retrying) return;
    retrying = true;
    ctx.requestIdleCallback(flush, { timeout: RETRY_MS });
    ctx.setInterval(flush, RETRY_MS);
    ctx.addEventListener(document, 'visibilitychange', () => {
      if (document.visibilityState === 'visible') flush();
    });
  };
  const route = () =>
    runtime.route().then((routed) => {
      if (routed) keepRetrying();
    });
  // Routed in a task of its own, not inside the script's evaluation: storage calls made there had V8
  // collect source positions for the whole bundle (about 1.4 ms each in a trace), more than the work
  // itself. A page no adapter takes reads no storage and retries nothing.
  ctx.setTimeout(() => void route(), 0);
  follow(ctx, adapters, route);
}
