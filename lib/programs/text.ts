import type { FieldSpec, PlannedField } from './define';

/** One line of text: runs of whitespace (newlines included) become one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The UTC calendar day of an ISO instant, as the year grouping uses it. */
export function isoDay(iso: string): string {
  return iso.slice(0, 10);
}

const ELLIPSIS = '…';

/**
 * Shortens text to `limit` characters at a word boundary, ending with an ellipsis. A cut never
 * splits a surrogate pair; a single word longer than the limit is cut inside the word.
 */
export function fitText(text: string, limit: number): { text: string; trimmedFrom?: number } {
  if (text.length <= limit) return { text };
  let cut = text.slice(0, limit - ELLIPSIS.length);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const space = cut.search(/\s\S*$/);
  // Prefer the last word boundary unless it throws away most of the room.
  if (space > limit / 2 && !/\s/.test(text[cut.length] ?? ' ')) cut = cut.slice(0, space);
  return { text: cut.replace(/[\s,;:.–—-]+$/, '') + ELLIPSIS, trimmedFrom: text.length };
}

/** A field's value, shortened to the field's limit when it has one. */
export function field(spec: FieldSpec, value: string | number | undefined): PlannedField {
  const raw = value === undefined ? '' : String(value);
  const fitted = spec.maxLength ? fitText(raw, spec.maxLength) : { text: raw };
  return {
    name: spec.name,
    label: spec.label,
    value: fitted.text,
    ...(spec.maxLength ? { maxLength: spec.maxLength } : {}),
    ...(fitted.trimmedFrom !== undefined ? { trimmedFrom: fitted.trimmedFrom } : {}),
  };
}

/** The warning shown beside a shortened field. */
export function trimWarning(planned: PlannedField): string | undefined {
  return planned.trimmedFrom === undefined
    ? undefined
    : `${planned.label} shortened from ${planned.trimmedFrom} to ${planned.value.length} characters (limit ${planned.maxLength}).`;
}

/** Host of a link, without "www.", for short descriptions; nothing for an entry without a link. */
export function siteOf(url: string | undefined): string {
  if (url === undefined) return '';
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** " on example.com", or nothing when the entry has no link. */
export const onSite = (url: string | undefined) => (url ? ` on ${siteOf(url)}` : '');

/** Said of an entry added by hand without a link, where the form asks for one. */
export const NO_LINK = 'No link: the form asks for one (the event page, slides or a recording); add it to the entry or on the form.';
