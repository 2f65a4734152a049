/** Links are only ever http(s); everything captured is rendered as text by React. */
export function safeHref(url: string | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });

/** Dates show the UTC day, the same day the year grouping and the copied fields use. */
export const formatDay = (iso: string) => dateFormat.format(new Date(iso));

/** Tags typed as a comma-separated list: trimmed, without blanks or repeats. */
export const parseTags = (text: string) => [...new Set(text.split(',').map((tag) => tag.trim()).filter(Boolean))];
