import { t, type MessageKey } from '../../lib/i18n';

/**
 * Writes the words of popup.html's static shell: each `data-message` element gets its message, the
 * `data-year` one this calendar year (the period the popup opens on), and the page its language.
 */
export function fillShell(document: Document, now: Date): void {
  document.documentElement.lang = t('lang');
  for (const element of document.querySelectorAll<HTMLElement>('[data-message]')) element.textContent = t(element.dataset.message as MessageKey);
  for (const element of document.querySelectorAll<HTMLElement>('[data-year]')) element.textContent = String(now.getUTCFullYear());
}
