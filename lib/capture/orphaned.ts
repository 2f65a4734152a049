import { t } from '../i18n';
import { closedHost, INJECTED_ATTR } from './save-buttons';

/**
 * What an old copy of a content script shows when the extension was reloaded or updated under its
 * page: it can store nothing, so a person's Save or post gets words instead of silence. Only ever
 * reached from a person's action, never at load.
 */

/**
 * The message in the browser's language, or in English when the extension's messages went away
 * with it: reading them may then throw, or give back the key (`t`'s sign of a missing message).
 */
function say(read: () => string, key: string, english: string): string {
  try {
    const text = read();
    return text && text !== key ? text : english;
  } catch {
    return english;
  }
}

/** A Save button that can no longer save tells the user to reload. */
export function markOrphaned(button: HTMLButtonElement): void {
  button.textContent = say(() => t('saveButtonOrphaned'), 'saveButtonOrphaned', 'Reload the page to save');
  button.setAttribute('aria-disabled', 'true');
}

// Compact: this text ships in every content script.
const NOTICE_STYLE = `:host{all:initial;position:fixed;right:16px;bottom:16px;z-index:2147483647;max-width:24em;padding:10px 12px;font:13px/1.5 system-ui,sans-serif;color:#222;background:#fff8e1;border:1px solid #c90;border-radius:6px}
p{margin:0 0 6px}`;

/**
 * A post or publish made on an orphaned page: nothing will be saved by itself, so a notice in the
 * page's corner says so and what to do, until the user dismisses it. Shown once per page.
 */
export function showOrphanedNotice(doc: Document): void {
  if (doc.querySelector(`[${INJECTED_ATTR}="orphaned"]`)) return;
  const message = doc.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent = say(
    () => t('captureOrphaned'),
    'captureOrphaned',
    'Contribution Tracker was updated while this page was open and cannot save this by itself. Once it is posted, reload the page and save it there.',
  );
  const close = doc.createElement('button');
  close.type = 'button';
  close.textContent = say(() => t('dismiss'), 'dismiss', 'Dismiss');
  const host = closedHost(doc, 'div', 'orphaned', NOTICE_STYLE, message, close);
  close.addEventListener('click', () => host.remove());
  (doc.body ?? doc.documentElement).append(host);
}
