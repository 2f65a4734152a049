import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';

export interface LocaleMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

/** public/_locales/<locale>/messages.json, as the browser reads it. */
export const readMessages = (locale: string): Record<string, LocaleMessage> =>
  JSON.parse(readFileSync(join(__dirname, '..', '..', 'public', '_locales', locale, 'messages.json'), 'utf8')) as Record<string, LocaleMessage>;

/** The browser's substitution: $NAME$ becomes its placeholder's content, then $1…$9 the values. */
export function format(entry: LocaleMessage, values: readonly string[]): string {
  const named = entry.message.replace(/\$([a-z0-9_@]+)\$/gi, (whole, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? whole);
  return named.replace(/\$(\$|\d)/g, (_, what: string) => (what === '$' ? '$' : (values[Number(what) - 1] ?? '')));
}

/**
 * The fake browser has no i18n: components read their strings through it, so tests serve the
 * locale's messages.json as the browser would (English unless a test picks another).
 */
export function serveLocale(locale: string): void {
  const messages = readMessages(locale);
  const english = readMessages('en');
  (fakeBrowser.i18n as { getMessage: (key: string, values?: string | string[]) => string }).getMessage = (key, values = []) => {
    const entry = messages[key] ?? english[key];
    return entry ? format(entry, typeof values === 'string' ? [values] : values) : '';
  };
}
