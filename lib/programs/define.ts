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
  portal: { url: string; matches: readonly string[] };
  /** The period a given year's application covers. */
  period(year: number): Period;
  categories: readonly Category[];
  fields: readonly FieldSpec[];
  /** Pure: the offered entries (own, in the period, oldest first) → copy-ready items. */
  plan(entries: readonly Contribution[], options: PlanOptions): Plan;
}

export function defineProgram(program: Program): Program {
  return program;
}
