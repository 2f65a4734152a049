import { browser } from 'wxt/browser';

/**
 * The launcher's label, "panelLauncher" of public/_locales, without i18n.getMessage: a page's first
 * getMessage blocks on a synchronous IPC for the whole message bundle (5–12 ms, README "Where page
 * cost goes"), which the portal script would pay on every load. Only this one message of each
 * locale is bundled; the locale is picked as the browser picks it for getMessage: the UI language,
 * then its language without the region, then default_locale (en).
 */
const LABELS = import.meta.glob<{ message: string }>('/public/_locales/*/messages.json', { eager: true, import: 'panelLauncher' });

const labelOf = (locale: string): string | undefined => LABELS[`/public/_locales/${locale}/messages.json`]?.message;

export function launcherLabel(uiLanguage = browser.i18n.getUILanguage()): string {
  const locale = uiLanguage.replace('-', '_');
  return labelOf(locale) ?? labelOf(locale.split('_')[0]!) ?? labelOf('en')!;
}
