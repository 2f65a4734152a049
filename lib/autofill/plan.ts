import type { CollectedField, CollectedForm, FillPlan, FillStep, Widget } from '../schema/autofill';
import type { Choices, FieldSpec, PlanItem, PlannedField, Plan, Program } from '../programs/define';
import { fitText } from '../programs/text';
import { formDate } from './dates';
import { normalize, pickOption } from './options';
import type { FieldRule, PortalRules } from './rules';

/**
 * Pure: a program's plan item + the form as collected → what to write where. Fields are matched by
 * the program's rules (labels, then name/id), then by the field's own label; values are mapped onto
 * the options the form offers now, shortened to the form's own limits, dates written its way.
 */

/** The key of the pseudo-item that fills every list at once (programs whose items never share a field). */
export const ALL_ITEMS = '*';

/** The plan's items, plus "everything" where the items fill different fields (vExpert's lists). */
export function portalItems(plan: Plan): PlanItem[] {
  const names = plan.items.flatMap((item) => item.fields.map((field) => field.name));
  if (plan.items.length < 2 || new Set(names).size !== names.length) return plan.items;
  const entryIds = plan.items.flatMap((item) => item.entryIds);
  const all: PlanItem = {
    key: ALL_ITEMS,
    category: ALL_ITEMS,
    heading: `Everything (${plan.items.length} lists, ${entryIds.length} entries)`,
    entryIds,
    fields: plan.items.flatMap((item) => item.fields),
    text: plan.text,
    warnings: plan.warnings.concat(plan.items.flatMap((item) => item.warnings)).filter((warning, index, all) => all.indexOf(warning) === index),
  };
  return [all, ...plan.items];
}

const SINGLE: readonly Widget[] = ['select', 'radios', 'combobox'];
const MULTI: readonly Widget[] = ['select-multiple', 'checkboxes', 'combobox-multiple'];

/** How well a kind of control suits a kind of value: 0 never, 1 exactly. */
function suitability(format: FieldSpec['format'], widget: Widget): number {
  switch (format) {
    case 'text':
    case 'url':
      return widget === 'text' ? 1 : widget === 'textarea' ? 0.9 : 0;
    case 'multiline':
      return widget === 'textarea' ? 1 : widget === 'text' ? 0.8 : 0;
    case 'number':
      return widget === 'number' ? 1 : widget === 'text' ? 0.85 : 0;
    case 'date':
      return widget === 'date' || widget === 'date-picker' ? 1 : widget === 'text' ? 0.9 : 0;
    case 'choice':
      return SINGLE.includes(widget) ? 1 : MULTI.includes(widget) ? 0.8 : widget === 'text' ? 0.7 : 0;
    case 'choices':
      return MULTI.includes(widget) ? 1 : SINGLE.includes(widget) ? 0.7 : widget === 'text' ? 0.6 : 0;
    case 'boolean':
      return widget === 'checkbox' ? 1 : 0;
  }
}

// Words that say nothing about which field it is: "Number of sessions" is not "Number of views".
const FILLER = new Set(['a', 'an', 'and', 'the', 'of', 'to', 'for', 'in', 'on', 'your', 'this', 'number']);
const words = (text: string) => new Set(normalize(text).split(' ').filter((word) => word && !FILLER.has(word)));
function overlap(a: string, b: string): number {
  const left = words(a);
  const right = words(b);
  if (!left.size || !right.size) return 0;
  return [...left].filter((word) => right.has(word)).length / new Set([...left, ...right]).size;
}
const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/** How sure we are that `field` is where `spec` goes (0: not at all, about 100: named so). */
export function matchScore(spec: FieldSpec, rule: FieldRule | undefined, field: CollectedField): number {
  const texts = [field.label, field.ariaLabel].filter((text): text is string => Boolean(text));
  const attrs = [field.name, field.id].filter((text): text is string => Boolean(text));
  const described = [...texts, field.placeholder ?? ''];
  if (rule?.not?.some((pattern) => texts.some((text) => pattern.test(text)))) return 0;
  if (rule?.all && !rule.all.every((pattern) => described.some((text) => pattern.test(text)))) return 0;
  let score = 0;
  rule?.labels.forEach((pattern, index) => {
    for (const text of texts) {
      const at = text.search(pattern);
      // Earlier patterns, and words near the start of the label, say more.
      if (at >= 0) score = Math.max(score, 100 - index - Math.min(at, 40) / 10);
    }
    if (field.placeholder && pattern.test(field.placeholder)) score = Math.max(score, 60 - index);
  });
  if (rule?.names?.some((pattern) => attrs.some((attr) => pattern.test(attr)))) score = Math.max(score, 90);
  if (texts.some((text) => normalize(text) === normalize(spec.label))) score = Math.max(score, 95);
  if (attrs.some((attr) => squash(attr) === squash(spec.name))) score = Math.max(score, 92);
  const similar = Math.max(0, ...texts.map((text) => overlap(text, spec.label)));
  if (similar >= 0.6) score = Math.max(score, 50 * similar + 20);
  return score * suitability(spec.format, field.widget);
}

/** The lowest score taken as a match: a rule's or the label's own words, not a loose resemblance. */
export const ENOUGH = 45;

interface Placed {
  planned: PlannedField;
  spec: FieldSpec;
  field: CollectedField;
}

/** Best pairs first; each control takes one field and each field one control. */
function place(fields: readonly { planned: PlannedField; spec: FieldSpec }[], form: CollectedForm, rules: PortalRules | undefined): Placed[] {
  const pairs = fields.flatMap(({ planned, spec }) =>
    form.fields.map((field) => ({ planned, spec, field, score: matchScore(spec, rules?.fields[spec.name], field) })),
  );
  pairs.sort((a, b) => b.score - a.score);
  const usedFields = new Set<string>();
  const usedControls = new Set<string>();
  const placed: Placed[] = [];
  for (const pair of pairs) {
    if (pair.score < ENOUGH) break;
    if (usedFields.has(pair.planned.name) || usedControls.has(pair.field.key)) continue;
    usedFields.add(pair.planned.name);
    usedControls.add(pair.field.key);
    placed.push(pair);
  }
  return placed;
}

const isEmpty = (value: string | readonly string[]) => (Array.isArray(value) ? value.length === 0 : (value as string).trim() === '');
const same = (a: string | readonly string[], b: string | readonly string[]) =>
  Array.isArray(a) && Array.isArray(b)
    ? a.length === b.length && a.every((item) => b.some((other) => normalize(other) === normalize(item)))
    : !Array.isArray(a) && !Array.isArray(b) && (a as string).trim() === (b as string).trim();

/**
 * A multi-choice value as its parts. The plan joins them with ", " and technology areas contain
 * commas themselves ("Azure SQL (Database, Pools, …)"), so the user's choices or the known values
 * are read first and a plain split is the last resort.
 */
function partsOf(spec: FieldSpec, planned: PlannedField, choices: Choices): string[] {
  const chosen = choices[spec.name];
  if (Array.isArray(chosen)) return [...chosen];
  if (typeof chosen === 'string' && chosen) return [chosen];
  const known = [...(spec.values ?? [])].sort((a, b) => b.length - a.length);
  const found: string[] = [];
  let rest = planned.value;
  while (rest) {
    const value = known.find((candidate) => rest === candidate || rest.startsWith(`${candidate}, `));
    if (!value) return [...found, ...rest.split(/,\s*/).filter(Boolean)];
    found.push(value);
    rest = rest.slice(value.length).replace(/^,\s*/, '');
  }
  return found;
}

interface Built {
  step?: FillStep;
  warnings: string[];
}

const listed = (options: readonly { label: string }[]) => {
  const shown = options.slice(0, 8).map((option) => option.label);
  return options.length > shown.length ? `${shown.join(', ')}, …` : shown.join(', ');
};

function build({ planned, spec, field }: Placed, rules: PortalRules | undefined, choices: Choices): Built {
  const base = { key: field.key, name: spec.name, label: field.label || field.ariaLabel || spec.label, widget: field.widget };
  const occupied = (value: string | string[]) => !isEmpty(field.value) && !same(field.value, value);
  const make = (value: string | string[], extra: Partial<FillStep> = {}, warnings: string[] = []): Built => ({
    step: { ...base, value, occupied: occupied(value), ...extra },
    warnings,
  });

  if (spec.format === 'date') {
    const date = formDate(planned.value, field);
    return make(date.value, date.note ? { note: date.note } : {});
  }
  if (spec.format === 'boolean') return make(planned.value === 'true' ? 'true' : '');

  const choosing = SINGLE.includes(field.widget) || MULTI.includes(field.widget);
  if (!choosing) {
    if (field.maxLength && planned.value.length > field.maxLength) {
      const fitted = fitText(planned.value, field.maxLength);
      const note = `Shortened from ${planned.value.length} to ${fitted.text.length} characters: the form takes ${field.maxLength}.`;
      return make(fitted.text, { note }, [`${base.label}: ${note}`]);
    }
    return make(planned.value);
  }

  const wanted = spec.format === 'choices' ? partsOf(spec, planned, choices) : [planned.value];
  const synonyms = rules?.synonyms[spec.name] ?? {};
  const picks: string[] = [];
  const notes: string[] = [];
  const warnings: string[] = [];
  const candidates: string[] = [];
  for (const value of wanted) {
    const names = [value, ...(synonyms[value] ?? [])];
    const picked = field.options ? pickOption(field.options, names) : undefined;
    if (picked) {
      picks.push(picked.option.label);
      if (normalize(picked.option.label) !== normalize(value)) notes.push(`“${value}” is “${picked.option.label}” on this form.`);
      if (picked.alternatives.length) warnings.push(`${base.label}: “${value}” could also be ${picked.alternatives.map((option) => `“${option.label}”`).join(', ')}; check the choice.`);
    } else if (!field.options || field.typeahead) {
      // The list shows only part of its options (or none until opened): the filler looks when it opens it.
      picks.push(value);
      candidates.push(...names);
    } else {
      warnings.push(`${base.label}: the form offers no option for “${value}” (it offers: ${listed(field.options)}).`);
    }
  }
  if (!picks.length) return { warnings };
  const single = !MULTI.includes(field.widget);
  if (single && picks.length > 1) notes.push(`The form takes one value here: ${picks.slice(1).join(', ')} left out.`);
  const value = single ? picks[0]! : spec.maxValues ? picks.slice(0, spec.maxValues) : picks;
  const extra: Partial<FillStep> = { ...(candidates.length ? { candidates } : {}), ...(notes.length ? { note: notes.join(' ') } : {}) };
  return { ...make(value, extra), warnings };
}

export interface FillInput {
  program: Program;
  item: PlanItem;
  form: CollectedForm;
  choices?: Choices;
  /** Defaults to the program's own (lib/programs/<id>/rules.ts). */
  rules?: PortalRules;
}

export function planFill({ program, item, form, choices = {}, rules = program.portal?.rules }: FillInput): FillPlan {
  const specs = new Map(program.fields.map((spec) => [spec.name, spec]));
  const wanted = item.fields
    .filter((planned) => planned.value !== '')
    .map((planned) => ({ planned, spec: specs.get(planned.name) ?? { name: planned.name, label: planned.label, format: 'text' as const } }));
  const placed = place(wanted, form, rules);
  const steps: FillStep[] = [];
  const warnings = [...item.warnings];
  for (const pair of placed) {
    const built = build(pair, rules, choices);
    warnings.push(...built.warnings);
    if (built.step) steps.push(built.step);
  }
  const placedNames = new Set(placed.map((pair) => pair.planned.name));
  // A field the program needs that this form does not show: say which; the rest is filled, nothing is submitted.
  for (const { spec } of wanted) {
    if (spec.required && !placedNames.has(spec.name)) warnings.push(`No “${spec.label}” field found on this form: the other fields are filled; copy it by hand (listed below).`);
  }
  const filledKeys = new Set(steps.map((step) => step.key));
  for (const field of form.fields) {
    if (field.required && !field.locked && !filledKeys.has(field.key) && isEmpty(field.value)) {
      warnings.push(`“${field.label || field.ariaLabel || field.name || 'A field'}” is required and the plan has nothing for it: fill it by hand.`);
    }
  }
  // Steps in the form's order: a type chosen first can reveal the fields that depend on it.
  const order = new Map(form.fields.map((field, index) => [field.key, index]));
  steps.sort((a, b) => order.get(a.key)! - order.get(b.key)!);
  return {
    itemKey: item.key,
    heading: item.heading,
    entryIds: item.entryIds,
    steps,
    unplaced: wanted.filter(({ planned }) => !placedNames.has(planned.name)).map(({ planned }) => ({ name: planned.name, label: planned.label, value: planned.value })),
    warnings: [...new Set(warnings)],
    saved: (rules?.saved ?? []).map((pattern) => pattern.source),
  };
}
