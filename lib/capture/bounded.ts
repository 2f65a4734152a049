import type { Draft } from '../schema/contribution';
import { LIMITS } from '../schema/limits';

const BOUNDS = { title: LIMITS.title, excerpt: LIMITS.excerpt, text: LIMITS.text, contextTitle: LIMITS.title, author: LIMITS.handle } as const;

/**
 * A capture cut to the stored bounds before it is queued. A very long answer (Stack Exchange allows
 * 30,000 characters) or a page stuffed with text would otherwise be refused whole and lost; a link
 * is never cut, since a shortened link would point elsewhere.
 */
export function boundDraft(draft: Draft): Draft {
  const bounded = { ...draft };
  for (const [field, max] of Object.entries(BOUNDS) as [keyof typeof BOUNDS, number][]) {
    const value = bounded[field];
    if (typeof value === 'string' && value.length > max) bounded[field] = `${value.slice(0, max - 1)}…`;
  }
  return bounded;
}
