import type { FormOption } from '../schema/autofill';

/**
 * Matching a stored value to what a form offers. Shared by the plan (background) and the filler
 * (content script, for lists that only exist once opened): keep it small and free of imports.
 */

/** Case, "&"/"and", punctuation and spacing do not matter: "Content Feedback & Editing" = "content feedback and editing". */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}+#]+/gu, ' ')
    .trim();
}

const words = (text: string) => new Set(normalize(text).split(' ').filter(Boolean));

/** The parts of a combined option: "Webinar/Online Training/Video/Livestream" → Webinar, Online Training, Video, Livestream. */
const parts = (label: string) => label.split(/\s*(?:\/|,|;|\|)\s*|\s+or\s+/i).map(normalize).filter(Boolean);

function overlap(a: string, b: string): number {
  const left = words(a);
  const right = words(b);
  const shared = [...left].filter((word) => right.has(word)).length;
  return shared / new Set([...left, ...right]).size;
}

export interface Picked {
  option: FormOption;
  /** How it matched: the same name, one part of a combined option, or most of the words. */
  how: 'same' | 'part' | 'words';
  /** Other options that matched as well as this one. */
  alternatives: FormOption[];
}

/**
 * The option for the first of `wanted` (the stored value, then the names it had in other years)
 * that the form offers: the same name first, then a part of a combined option, then most words.
 */
export function pickOption(options: readonly FormOption[], wanted: readonly string[]): Picked | undefined {
  const keys = wanted.map(normalize).filter(Boolean);
  for (const key of keys) {
    const same = options.filter((option) => normalize(option.label) === key || normalize(option.value) === key);
    if (same.length) return { option: same[0]!, how: 'same', alternatives: same.slice(1) };
  }
  for (const value of wanted) {
    const key = normalize(value);
    if (!key) continue;
    const part = options.filter((option) => parts(option.label).includes(key) || parts(value).includes(normalize(option.label)));
    if (part.length) return { option: part[0]!, how: 'part', alternatives: part.slice(1) };
  }
  for (const value of wanted) {
    const scored = options.map((option) => ({ option, score: overlap(value, option.label) })).filter(({ score }) => score >= 0.6);
    scored.sort((a, b) => b.score - a.score);
    if (scored.length) {
      const best = scored[0]!.score;
      const tied = scored.filter(({ score }) => score === best).map(({ option }) => option);
      return { option: tied[0]!, how: 'words', alternatives: tied.slice(1) };
    }
  }
  return undefined;
}
