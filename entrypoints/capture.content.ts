import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { adapters, captureMatches } from '../lib/adapters';
import { createOutbox } from '../lib/capture/outbox';
import { startCapture } from '../lib/capture/runtime';
import { showToast } from '../lib/capture/toast';
import { isContextInvalidated, sendMessage } from '../lib/messaging';

/** How often pending captures are retried while the page stays open. */
const RETRY_MS = 30_000;

export default defineContentScript({
  matches: captureMatches,
  runAt: 'document_idle',
  main(ctx) {
    const storage = browser.storage.local;
    const outbox = createOutbox(
      storage,
      (item) => sendMessage({ type: 'captureContribution', captureId: item.captureId, draft: item.draft }),
      (_item, error) => showToast(document, { message: `Not saved: ${error}`, tone: 'error' }),
    );
    const flush = () => {
      if (ctx.isValid) outbox.flush().catch((error) => {
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
    ctx.addEventListener(window, 'wxt:locationchange', () => void runtime.route());
    ctx.addEventListener(document, 'visibilitychange', () => {
      if (document.visibilityState === 'visible') flush();
    });
    ctx.setInterval(flush, RETRY_MS);
    flush();
  },
});
