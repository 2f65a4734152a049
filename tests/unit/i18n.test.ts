import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import { format, readMessages, serveLocale } from '../helpers/i18n';

const ROOT = join(__dirname, '..', '..');
const LOCALES = readdirSync(join(ROOT, 'public', '_locales'));
const english = readMessages('en');

/** Our source files that may use a message: the pages, the components, lib and the manifest. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}
const files = [...['components', 'entrypoints', 'lib'].flatMap((dir) => sources(join(ROOT, dir))), join(ROOT, 'wxt.config.ts')];

/** Every key a file asks for: t('key'…), t("key"…), t(`prefix${…}`), a key in a [id, 'key'] table fed to t(), and __MSG_key__. */
function usedKeys(): Map<string, string> {
  const used = new Map<string, string>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const keys = [...text.matchAll(/\bt\(\s*['"]([A-Za-z0-9_@]+)['"]/g), ...text.matchAll(/__MSG_([A-Za-z0-9_@]+)__/g)].map((match) => match[1]!);
    // Tables of [id, message key] whose second column is handed to t() (tabs, sections).
    if (/\bt\((label|title)\)/.test(text)) keys.push(...[...text.matchAll(/\[\s*'[a-z-]+',\s*'([A-Za-z0-9_]+)'\s*\]/g)].map((match) => match[1]!));
    // A key built from a prefix, t(`saveButton${…}`): every key with that prefix (the type of what
    // follows the prefix is checked against the messages by the compiler).
    for (const [, prefix] of text.matchAll(/\bt\(\s*`([A-Za-z0-9_]+)\$\{/g)) keys.push(...Object.keys(english).filter((key) => key.startsWith(prefix!)));
    // Keys held as data and handed to t() later (the import sources' `label: 'backfillFrom…'`): a
    // property value that is a message's name.
    keys.push(...[...text.matchAll(/\b(?:label|hint): '([A-Za-z0-9_]+)'/g)].map((match) => match[1]!).filter((key) => key in english));
    for (const key of keys) used.set(key, relative(ROOT, file));
  }
  return used;
}

const placeholderNames = (entry: { message: string; placeholders?: object }) => ({
  declared: Object.keys(entry.placeholders ?? {}).sort(),
  inMessage: [...new Set([...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((match) => match[1]!.toLowerCase()))].sort(),
});

describe('locales', () => {
  it('has English and at least one more language', () => {
    expect(LOCALES).toContain('en');
    expect(LOCALES.length).toBeGreaterThan(1);
  });

  it('finds the keys the UI uses, and each exists in every locale', () => {
    const used = usedKeys();
    // The scan itself works: the manifest's name, the popup's tabs and the dashboard's headings are found.
    expect([...used.keys()]).toEqual(expect.arrayContaining(['extName', 'extDescription', 'commandSavePage', 'tabYear', 'tabSettings', 'sectionBackup', 'headingBackup', 'glanceLabel']));
    for (const locale of LOCALES) {
      const messages = readMessages(locale);
      const missing = [...used].filter(([key]) => !messages[key]?.message).map(([key, file]) => `${key} (${file})`);
      expect({ locale, missing }).toEqual({ locale, missing: [] });
    }
  });

  it('keeps every locale to English’s keys, none left out and none extra, and none unused', () => {
    for (const locale of LOCALES) expect({ locale, keys: Object.keys(readMessages(locale)).sort() }).toEqual({ locale, keys: Object.keys(english).sort() });
    const used = usedKeys();
    expect(Object.keys(english).filter((key) => !used.has(key))).toEqual([]);
  });

  it('declares the same placeholders in every locale, each used in its message and each used one declared', () => {
    for (const locale of LOCALES) {
      for (const [key, entry] of Object.entries(readMessages(locale))) {
        const names = placeholderNames(entry);
        expect({ locale, key, ...names }).toEqual({ locale, key, declared: names.inMessage, inMessage: names.inMessage });
        expect({ locale, key, names: names.declared }).toEqual({ locale, key, names: placeholderNames(english[key]!).declared });
        // Each placeholder stands for the same value in every locale.
        for (const name of names.declared) expect(entry.placeholders![name]!.content).toBe(english[key]!.placeholders![name]!.content);
      }
    }
  });

  it('translates the words, not the codes: each non-English locale differs from English in its UI strings', () => {
    for (const locale of LOCALES.filter((other) => other !== 'en')) {
      const messages = readMessages(locale);
      const translated = Object.keys(english).filter((key) => messages[key]!.message !== english[key]!.message);
      // The product's name may stay as it is; the UI's words may not.
      expect(Object.keys(english).filter((key) => !translated.includes(key))).toEqual(['extName']);
      expect(messages.lang!.message).toBe(locale);
    }
  });
});

describe('t()', () => {
  it('reads the browser’s messages and fills placeholders', () => {
    expect(t('tabYear')).toBe('Year');
    expect(t('glanceLabel', '2026')).toBe('2026 at a glance');
    serveLocale('de');
    expect(t('tabYear')).toBe('Jahr');
    expect(t('glanceLabel', '2026')).toBe('2026 auf einen Blick');
  });

  it('follows the browser’s substitution rules in the test double', () => {
    expect(format({ message: 'Hello $WHO$, $$5', placeholders: { who: { content: '$1' } } }, ['Ana'])).toBe('Hello Ana, $5');
  });
});
