import type { CollectedField } from '../schema/autofill';

/** A day (YYYY-MM-DD) as the form wants it, and what was assumed to get there. */
export interface FormDate {
  value: string;
  note?: string;
}

// "MM/DD/YYYY", "dd.mm.yyyy", "YYYY-MM-DD", "M/D/YYYY", "TT.MM.JJJJ": three runs of one letter and one separator.
const TEMPLATE = /\b([ymdtja])\1{0,3}([/.\- ])([ymdtja])\3{0,3}\2([ymdtja])\4{0,3}\b/i;

/** Where a text field shows its format: the placeholder, a hint beside it, or its pattern. */
function templateOf(field: CollectedField): string | undefined {
  for (const source of [field.placeholder, field.hint, field.label]) {
    const found = source?.match(TEMPLATE)?.[0];
    if (found && hasYearMonthDay(found)) return found;
  }
  // pattern="\d{2}/\d{2}/\d{4}" says the order only by widths: day-first or month-first stays unknown.
  if (field.pattern && /^\\d\{4\}-\\d\{2\}-\\d\{2\}$/.test(field.pattern)) return 'YYYY-MM-DD';
  return undefined;
}

/**
 * Which letter stands for what: English y/m/d; German TT.MM.JJJJ (Tag, Jahr); French jj/mm/aaaa
 * (jour, année). "j" is the year beside "t" and the day beside "a".
 */
function roles(template: string): Record<string, 'year' | 'month' | 'day'> {
  const lower = template.toLowerCase();
  const j = lower.includes('a') ? 'day' : 'year';
  return { y: 'year', a: 'year', m: 'month', d: 'day', t: 'day', j };
}

function hasYearMonthDay(template: string): boolean {
  const role = roles(template);
  const found = new Set([...template.toLowerCase()].filter((c) => c in role).map((c) => role[c]));
  return found.size === 3;
}

function render(template: string, parts: Record<'year' | 'month' | 'day', string>): string {
  const role = roles(template);
  return template.replace(/([ymdtja])\1*/gi, (token) => {
    const part = role[token[0]!.toLowerCase()]!;
    const value = parts[part];
    if (part === 'year') return token.length === 2 ? value.slice(2) : value;
    return token.length === 1 ? String(Number(value)) : value;
  });
}

/**
 * The day in the field's own format: date inputs take YYYY-MM-DD whatever the page shows; a text
 * field follows the format its placeholder or hint shows; without one, YYYY-MM-DD with a note.
 */
export function formDate(day: string, field: CollectedField): FormDate {
  const [year, month, dayOfMonth] = day.split('-') as [string, string, string];
  if (field.widget === 'date-picker') return { value: day, note: 'Picked in the calendar.' };
  if (field.widget === 'date') {
    if (field.inputType === 'datetime-local') return { value: `${day}T00:00` };
    if (field.inputType === 'month') return { value: `${year}-${month}` };
    return { value: day };
  }
  const template = templateOf(field);
  if (!template) return { value: day, note: 'The field shows no date format: filled as YYYY-MM-DD, check it.' };
  const value = render(template, { year, month, day: dayOfMonth });
  return value === day ? { value } : { value, note: `Date written as ${template}.` };
}
