import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Adapter } from '../adapters/define';
import { t } from '../i18n';
import { isContextInvalidated, sendMessage } from '../messaging';
import { createOutbox } from './outbox';
import { startCapture } from './runtime';
import { followSoftNavigation } from './soft-navigation';
import { showToast } from './toast';

/** How often pending captures are retried while the page stays open. */
const RETRY_MS = 30_000;

/** The body of every capture content script; each family passes its own adapters. */
export function runCaptureScript(ctx: ContentScriptContext, adapters: readonly Adapter[]): void {
  const storage = browser.storage.local;
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
  void runtime.route();
  followSoftNavigation({ doc: document, win: window, signal: ctx.signal }, adapters, runtime.route);
  ctx.addEventListener(document, 'visibilitychange', () => {
    if (document.visibilityState === 'visible') flush();
  });
  ctx.setInterval(flush, RETRY_MS);
  flush();
}
