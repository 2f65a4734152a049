import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveLabelText, type SaveLabel } from '../../lib/save-labels';
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
});
