import { browser } from 'wxt/browser';
// Types only: the messages reach the pages through browser.i18n, not the bundle.
import type en from '../public/_locales/en/messages.json';

/** Every message the UI may show; English (public/_locales/en) is the reference every locale follows. */
export type MessageKey = keyof typeof en;

/** One value per placeholder the message declares; none for a message without. */
type Values<K extends MessageKey> = (typeof en)[K] extends { placeholders: object } ? [string, ...string[]] : [];

/**
 * The UI string `key` in the browser's language (public/_locales/<lang>/messages.json, English when
 * the language has none). A key missing at run time shows as itself, never as a blank.
 */
export function t<K extends MessageKey>(key: K, ...values: Values<K>): string {
  return browser.i18n.getMessage(key, values) || key;
}
