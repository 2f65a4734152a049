import { t } from './i18n';

type Thing = 'Answer' | 'Comment' | 'Episode' | 'Event' | 'Post' | 'Reply' | 'Talk' | 'Video' | 'Contributions';

/**
 * The Save buttons' words, by the English label an adapter names (lib/adapters/define.ts `saveLabel`),
 * shown in the browser's language. An adapter can name only one of these labels; each has its message
 * `saveButton<Thing>`. Derived rather than listed, so every content script does not carry a table.
 */
export type SaveLabel = `Save ${Lowercase<Exclude<Thing, 'Contributions'>>}` | 'Save to contributions';

export function saveLabelText(label: SaveLabel): string {
  const word = label.slice(label.lastIndexOf(' ') + 1);
  return t(`saveButton${word[0]!.toUpperCase()}${word.slice(1)}` as `saveButton${Thing}`);
}
