import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveLabelText, saveLabelTexts, type SaveLabel } from '../../lib/save-labels';
import { readMessages, serveLocale } from '../helpers/i18n';

const ADAPTERS = join(__dirname, '..', '..', 'lib', 'adapters');

/** Every Save label an adapter names, read from the adapter files themselves. */
const namedLabels = (): SaveLabel[] => [
  ...new Set(
    readdirSync(ADAPTERS)
      .filter((name) => name.endsWith('.ts'))
      .flatMap((name) => [...readFileSync(join(ADAPTERS, name), 'utf8').matchAll(/saveLabel: '([^']+)'/g)].map((match) => match[1] as SaveLabel)),
  ),
];

describe('Save labels', () => {
  it('show each adapter’s label in the browser’s language, from its own message', () => {
    const labels = namedLabels();
    expect(labels.length).toBeGreaterThan(5);
    serveLocale('de');
    const german = readMessages('de');
    for (const label of labels) {
      const word = label.split(' ').at(-1)!;
      const key = `saveButton${word[0]!.toUpperCase()}${word.slice(1)}`;
      expect({ label, text: saveLabelText(label) }).toEqual({ label, text: german[key]!.message });
      expect(german[key]!.message).not.toBe(readMessages('en')[key]!.message);
    }
  });

  it('take the words the background stored, without asking the message bundle a page load would block on', () => {
    serveLocale('de');
    const stored = saveLabelTexts();
    expect(stored.Answer).toBe(readMessages('de').saveButtonAnswer!.message);
    expect(Object.keys(stored)).toHaveLength(9);
    const getMessage = vi.spyOn(fakeBrowser.i18n, 'getMessage');
    expect(saveLabelText('Save answer', stored)).toBe('Antwort speichern');
    expect(saveLabelText('Save to contributions', { Contributions: 'In Beiträgen speichern' })).toBe('In Beiträgen speichern');
    expect(getMessage).not.toHaveBeenCalled();
    // Nothing stored yet (the background has not started since the update): the message itself.
    expect(saveLabelText('Save talk', {})).toBe(readMessages('de').saveButtonTalk!.message);
    expect(saveLabelText('Save talk', 'garbage')).toBe(readMessages('de').saveButtonTalk!.message);
    expect(getMessage).toHaveBeenCalledTimes(2);
  });
});
