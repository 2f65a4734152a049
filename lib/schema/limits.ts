/**
 * Bounds keep one hostile page from filling the store; an excerpt is a preview, not a copy. Plain
 * data without zod, so the content scripts can bound a capture before it is queued.
 */
export const LIMITS = { title: 500, excerpt: 1000, text: 20_000, url: 2048, handle: 200, notes: 5000 } as const;
