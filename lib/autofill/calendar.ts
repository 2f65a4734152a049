import { clean, press, settle, waitFor } from './combobox';

/**
 * Calendar-only date pickers (the MVP portal's "Published Date", Fluent UI's DatePicker): the box is
 * read-only, so the day is picked the way a user does it: open the calendar, step to the month with
 * its previous/next buttons, press the day. Found by roles and names only (grid, gridcell, "Go to
 * next month"), never by the library's class names.
 */
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
// "Dec", "Sept", "December": a month's first three letters and any more of its letters.
const MONTH_WORD = new RegExp(`\\b((?:${MONTHS.map((month) => month.slice(0, 3)).join('|')})[a-z]*)\\.?(?![a-z])`, 'i');

const monthIndex = (word: string) => MONTHS.findIndex((month) => month.startsWith(word.toLowerCase().slice(0, 3)));
const pad = (value: number) => String(value).padStart(2, '0');
const iso = (year: number, month: number, day: number) => `${year}-${pad(month + 1)}-${pad(day)}`;

/** Is the element a calendar picker's box rather than a list? Its popup is a dialog or a grid. */
export function isDatePicker(el: Element): boolean {
  const popup = el.getAttribute('aria-haspopup');
  return el.matches('input') && (popup === 'dialog' || popup === 'grid');
}

/**
 * The day a picker's box shows, as YYYY-MM-DD: "12/4/2026" (month first unless the first number
 * cannot be a month), "2026-12-04", "Fri Dec 04 2026", "December 4, 2026", "4 December 2026".
 */
export function shownDay(text: string): string | undefined {
  const value = clean(text);
  const isoMatch = value.match(/\b(\d{4})-(\d{1,2})-(\d{1,2})\b/);
  if (isoMatch) return iso(Number(isoMatch[1]), Number(isoMatch[2]) - 1, Number(isoMatch[3]));
  const numeric = value.match(/\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/);
  if (numeric) {
    const [first, second, year] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
    return first > 12 ? iso(year, second - 1, first) : iso(year, first - 1, second);
  }
  const month = value.match(MONTH_WORD);
  const year = value.match(/\b(\d{4})\b/);
  if (!month || !year) return undefined;
  const rest = value.replace(year[0], ' ').replace(month[0], ' ');
  const day = rest.match(/\b(\d{1,2})\b/);
  return day ? iso(Number(year[1]), monthIndex(month[1]!), Number(day[1])) : undefined;
}

/** The month a calendar shows: its grid's name, else "December 2026" anywhere in the popup. */
function shownMonth(grid: Element, popup: Element): { year: number; month: number } | undefined {
  const doc = grid.ownerDocument;
  const named = [grid.getAttribute('aria-label'), ...(grid.getAttribute('aria-labelledby') ?? '').split(/\s+/).map((id) => doc.getElementById(id)?.textContent)];
  for (const text of [...named, popup.textContent]) {
    const found = clean(text).match(new RegExp(`${MONTH_WORD.source}\\s*,?\\s*(\\d{4})`, 'i'));
    if (found) return { year: Number(found[2]), month: monthIndex(found[1]!) };
  }
  return undefined;
}

const visible = (el: Element) => (el as Element & { checkVisibility?: () => boolean }).checkVisibility?.() !== false;

/** The calendar the box opened: the grid its aria-controls names, or a visible grid that was not there before. */
function calendarOf(box: Element, before: ReadonlySet<Element>): { grid: Element; popup: Element } | undefined {
  const doc = box.ownerDocument;
  const controlled = (box.getAttribute('aria-controls') ?? '').split(/\s+/).map((id) => doc.getElementById(id)).find(Boolean);
  const grid =
    (controlled?.matches('[role=grid]') ? controlled : controlled?.querySelector('[role=grid]')) ??
    [...doc.querySelectorAll('[role=grid]')].find((candidate) => !before.has(candidate) && visible(candidate));
  if (!grid || !visible(grid)) return undefined;
  return { grid, popup: grid.closest('[role=dialog], [role=application]') ?? grid.parentElement ?? grid };
}

function stepButton(popup: Element, direction: 'next' | 'previous'): HTMLElement | undefined {
  const words = direction === 'next' ? /\bnext\b/i : /\b(previous|prev)\b/i;
  return [...popup.querySelectorAll<HTMLElement>('button, [role=button]')].find((button) => {
    const name = clean(button.getAttribute('aria-label') || button.getAttribute('title') || button.textContent);
    return words.test(name) && /month/i.test(name) && button.getAttribute('aria-disabled') !== 'true' && !button.matches(':disabled');
  });
}

/**
 * The day's button: one whose name is the full date ("4, December, 2026"), else the day's number
 * counted from the month's "1" (the grid also shows the neighbour months' days).
 */
function dayButton(grid: Element, year: number, month: number, day: number): HTMLElement | undefined {
  const cells = [...grid.querySelectorAll<HTMLElement>('[role=gridcell] button, button[role=gridcell], td button, [role=gridcell]')].filter(
    (cell) => !cell.querySelector('button') && cell.getAttribute('aria-disabled') !== 'true' && !cell.matches(':disabled'),
  );
  const target = iso(year, month, day);
  const named = cells.find((cell) => {
    const label = cell.getAttribute('aria-label');
    return label ? shownDay(label) === target : false;
  });
  if (named) return named;
  const numbers = cells.map((cell) => clean(cell.textContent));
  const first = numbers.indexOf('1');
  const at = numbers.findIndex((text, index) => index >= Math.max(first, 0) && text === String(day));
  return at >= 0 ? cells[at] : undefined;
}

export type Picked = { shown: string } | { problem: string };

/** Opens the box's calendar, steps to the month, presses the day and reports what the box shows. */
export async function pickDay(box: HTMLElement, day: string): Promise<Picked> {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const doc = box.ownerDocument;
  const before = new Set(doc.querySelectorAll('[role=grid]'));
  box.focus();
  press(box);
  const opened = await waitFor(() => calendarOf(box, before), 1000);
  if (!opened) return { problem: 'The calendar did not open.' };
  const target = year * 12 + (month - 1);
  // At most ten years either way: a calendar that does not move is reported, not looped on.
  for (let steps = 0; steps < 240; steps += 1) {
    const calendar = calendarOf(box, before) ?? opened;
    const shown = shownMonth(calendar.grid, calendar.popup);
    if (!shown) return { problem: 'The calendar shows no month we can read.' };
    const at = shown.year * 12 + shown.month;
    if (at === target) break;
    const button = stepButton(calendar.popup, at < target ? 'next' : 'previous');
    if (!button) return { problem: `The calendar has no “${at < target ? 'next' : 'previous'} month” button.` };
    press(button);
    await settle();
  }
  const calendar = calendarOf(box, before) ?? opened;
  const reached = shownMonth(calendar.grid, calendar.popup);
  if (!reached || reached.year * 12 + reached.month !== target) return { problem: 'The calendar did not reach the month.' };
  const button = dayButton(calendar.grid, year, month - 1, date);
  if (!button) return { problem: `The calendar offers no day ${date} (disabled, or outside the allowed dates).` };
  press(button);
  await settle();
  return { shown: (box as HTMLInputElement).value };
}
