import type { PortalRules } from '../autofill/rules';
import type { Contribution, Kind } from '../schema/contribution';

/**
 * One field of a program's application form, described as data so that the popup can show it and
 * the portal filler can find and check it. Allowed values are defaults as of research/forms.md: the
 * live form is authoritative.
 */
export interface FieldSpec {
  /** The portal's own name for the field (its API property where known). */
  name: string;
  /** The label the form shows. */
  label: string;
  format: 'text' | 'multiline' | 'date' | 'url' | 'number' | 'choice' | 'choices' | 'boolean';
  required?: boolean;
  /** Most characters the form accepts (UTF-16 code units, as `maxlength` counts them). */
  maxLength?: number;
  /** The values a choice may take. */
  values?: readonly string[];
  /** Most values a multi-choice field takes. */
  maxValues?: number;
  /** Entries cannot supply it: the user picks it once per program (technology area, audience). */
  askUser?: boolean;
  /** The pick assumed until the user makes one. */
  default?: string | readonly string[];
  help?: string;
}

/** A group of kinds the application asks for together. */
export interface Category {
  id: string;
  label: string;
  kinds: readonly Kind[];
}

/** The dates an application covers: `from` inclusive, `to` exclusive, ISO instants in UTC. */
export interface Period {
  id: string;
  label: string;
  from: string;
  to: string;
  /** When the program takes applications for it, where known: while open, it is the period offered first. */
  applications?: { from: string; to: string };
}

/** Values the user picked for `askUser` fields, by field name. */
export type Choices = Readonly<Record<string, string | readonly string[]>>;

export interface PlanOptions {
  /** Offer entries already marked as submitted to this program too. */
  includeSubmitted?: boolean;
  choices?: Choices;
}

/** One field's copy-ready value. */
export interface PlannedField {
  name: string;
  label: string;
  value: string;
  maxLength?: number;
  /** Length before the value was shortened to fit `maxLength`. */
  trimmedFrom?: number;
}

/** One thing to paste: an MVP activity, or a vExpert category's list. */
export interface PlanItem {
  key: string;
  category: string;
  heading: string;
  /** The entries it stands for; marking the item submitted marks these. */
  entryIds: string[];
  fields: PlannedField[];
  /** What "Copy" pastes for the whole item. */
  text: string;
  /** Things the user must check or fix before pasting. */
  warnings: string[];
}

export interface Plan {
  programId: string;
  items: PlanItem[];
  /** Things to settle before pasting anything (a choice every item needs). */
  warnings: string[];
  /** What "Copy all" pastes. */
  text: string;
}

export interface Program {
  id: string;
  name: string;
  /** Its portal, where its form is documented: where it lives (also listed in portals.ts for the content script) and how its form's fields are named. */
  portal?: { url: string; matches: readonly string[]; rules: PortalRules };
  /** The main period of the award named for `year` (MVP 2027, vExpert 2027). */
  period(year: number): Period;
  /** Every intake of that award, main one first, where a program has more than one (vExpert's second half). */
  periods?(year: number): readonly Period[];
  categories: readonly Category[];
  /** Kinds the program has no category for and does not count (vExpert: social posts): never offered. */
  ignores?: readonly Kind[];
  fields: readonly FieldSpec[];
  /** Pure: the offered entries (own, in the period, oldest first) → copy-ready items. */
  plan(entries: readonly Contribution[], options: PlanOptions): Plan;
}

/**
 * What the popup's first screen needs of a program (the period selector, the submitted-to filter):
 * its name and its periods, without its form, rules or plan. Each program's is its folder's
 * calendar.ts; calendars.ts lists them.
 */
export type ProgramCalendar = Pick<Program, 'id' | 'name' | 'period' | 'periods'>;

/** A program whose application covers the calendar year. */
export const calendarYearProgram = (id: string, name: string): ProgramCalendar => ({
  id,
  name,
  period: (year) => ({
    id: `${id}-${year}`,
    label: `${name} ${year} (Jan–Dec ${year})`,
    from: `${year}-01-01T00:00:00.000Z`,
    to: `${year + 1}-01-01T00:00:00.000Z`,
  }),
});

/** The periods of the award named for `year`: its intakes, or its one period. */
export const periodsOf = (program: ProgramCalendar, year: number): readonly Period[] => program.periods?.(year) ?? [program.period(year)];

/**
 * The periods around `now`, for a program's portal and the period selector: those taking
 * applications now, then those that contain today (the one ending first leads), then the one that
 * ended last (a vExpert applies in January for last year).
 */
export function currentPeriods(program: ProgramCalendar, now: Date): Period[] {
  const today = now.toISOString();
  const year = now.getUTCFullYear();
  const within = (range: { from: string; to: string }) => range.from <= today && today < range.to;
  const windows = [year - 1, year, year + 1, year + 2].flatMap((y) => periodsOf(program, y));
  const open = windows.filter((period) => period.applications && within(period.applications));
  const containing = windows.filter(within).sort((a, b) => a.to.localeCompare(b.to));
  const ended = windows.filter((period) => period.to <= today).sort((a, b) => b.to.localeCompare(a.to))[0];
  const found = [...open, ...containing, ...(ended ? [ended] : [])];
  return found.length ? found.filter((period, index) => found.findIndex((other) => other.id === period.id) === index) : [windows.at(-1)!];
}

export function defineProgram(program: Program): Program {
  return program;
}
