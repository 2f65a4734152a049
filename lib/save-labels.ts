import { t } from './i18n';

type Thing = 'Answer' | 'Comment' | 'Episode' | 'Event' | 'Post' | 'Reply' | 'Talk' | 'Video' | 'Contributions';
const THINGS: readonly Thing[] = ['Answer', 'Comment', 'Episode', 'Event', 'Post', 'Reply', 'Talk', 'Video', 'Contributions'];

/**
 * The Save buttons' words, by the English label an adapter names (lib/adapters/define.ts `saveLabel`),
 * shown in the browser's language. An adapter can name only one of these labels; each has its message
 * `saveButton<Thing>`. Derived rather than listed, so every content script does not carry a table.
 */
export type SaveLabel = `Save ${Lowercase<Exclude<Thing, 'Contributions'>>}` | 'Save to contributions';

/**
 * Where the background keeps every Save label in the browser's language. A page's first
 * `i18n.getMessage` blocks on a synchronous fetch of the whole message bundle (5–12 ms of every page
 * load, bench/load-probes.ts), so content scripts read the words with the storage read they make anyway.
 */
export const SAVE_LABELS_KEY = 'saveLabels';

export type StoredSaveLabels = Partial<Record<Thing, string>>;

const thingOf = (label: SaveLabel) => {
  const word = label.slice(label.lastIndexOf(' ') + 1);
  return `${word[0]!.toUpperCase()}${word.slice(1)}` as Thing;
};

/** The label's words: from `stored` when the background wrote them there, else from the message itself. */
export function saveLabelText(label: SaveLabel, stored?: unknown): string {
  const thing = thingOf(label);
  const text = stored && typeof stored === 'object' ? (stored as StoredSaveLabels)[thing] : undefined;
  return typeof text === 'string' && text ? text : t(`saveButton${thing}`);
}

/** Every Save label in the browser's language, for the background to store under SAVE_LABELS_KEY. */
export const saveLabelTexts = (): StoredSaveLabels => Object.fromEntries(THINGS.map((thing) => [thing, t(`saveButton${thing}`)]));
