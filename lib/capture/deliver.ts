import { t } from '../i18n';
import type { Draft } from '../schema/contribution';
import type { ReplyOf } from '../schema/messages';
import type { Outbox } from './outbox';
import { showToast } from './toast';

const MESSAGES = {
  created: () => t('toastSaved'),
  updated: () => t('toastUpdated'),
  duplicate: () => t('toastDuplicate'),
  'not-tracked': () => t('toastNotTracked'),
} as const;

/**
 * Hands a capture to the outbox and tells the user what became of it (with Undo for a new entry).
 * Resolves once the capture is in the outbox, with `delivered` settling after the background's answer
 * was shown: a capture waits for the one before it to be written, not answered.
 */
export function deliverer(doc: Document, outbox: Outbox, undo: (id: string) => Promise<ReplyOf<'undoCapture'>>) {
  function tell(reply: ReplyOf<'captureContribution'> | undefined) {
    if (reply?.ok) {
      const id = reply.id;
      showToast(doc, {
        message: MESSAGES[reply.status ?? 'created'](),
        action:
          reply.status === 'created' && id
            ? {
                label: t('toastUndo'),
                run: () => void undo(id).then((undone) => showToast(doc, undone.ok ? { message: t('toastRemoved') } : { message: undone.error, tone: 'error' })),
              }
            : undefined,
      });
    } else if (!reply) {
      showToast(doc, { message: t('toastKept') });
    } else if (reply.retry) {
      // The background is there but cannot store (a full disk): say why, and that nothing is lost.
      showToast(doc, { message: t('toastKeptNotStored', reply.error), tone: 'error', durationMs: 20_000 });
    }
  }

  // A failure here means the extension went away under the page; the outbox is kept for the next load.
  const gone = () => undefined;

  return async function capture(draft: Draft): Promise<{ delivered: Promise<void> }> {
    try {
      const { reply } = await outbox.add(draft);
      return { delivered: reply.then(tell, gone) };
    } catch {
      return { delivered: Promise.resolve() };
    }
  };
}
