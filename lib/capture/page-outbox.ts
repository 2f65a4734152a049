import { browser } from 'wxt/browser';
import type { ScriptContext } from '../script-context';
import { t } from '../i18n';
import { isContextInvalidated, sendMessage } from '../messaging';
import { createOutbox, type OutboxStorage } from './outbox';
import { showToast } from './toast';

/** How often pending captures are retried while the page stays open. */
const RETRY_MS = 30_000;

/** The extension's storage, the outbox over it, and its retries, for a capture script on this page. */
export function pageOutbox(ctx: ScriptContext) {
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
  // Pending captures are retried from pages where capture runs (the background drains them too):
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
  const undo = (id: string) => sendMessage({ type: 'undoCapture', id });
  return { storage, outbox, keepRetrying, undo };
}
