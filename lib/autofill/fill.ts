import type { FillStep } from '../schema/autofill';
import type { FillResult } from '../schema/portal-channel';
import { pickDay } from './calendar';
import { labelOf, readValue, type Control } from './collect';
import { chipsOf, clean, closeList, listboxOf, openList, optionLabel, optionsOf, press, settle, waitFor } from './combobox';
import { normalize, pickOption } from './options';

/**
 * Writes a fill plan into the live form, the way a user's typing and clicking would reach the
 * page's framework, then reads every field back. Runs only after the user asked; a field that holds
 * something else is left alone unless the user ticked Replace for it.
 */
export type { FillResult };
export type FillStatus = FillResult['status'];

export interface FillOptions {
  /** Keys of fields the user agreed to overwrite. */
  replace?: ReadonlySet<string>;
}

type Value = string | readonly string[];
type Written = { expected: Value } | { problem: string };

const isEmpty = (value: Value) => (typeof value === 'string' ? value.trim() === '' : value.length === 0);
const short = (value: Value) => {
  const text = typeof value === 'string' ? value : value.join(', ');
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
};

function sameValue(actual: Value, expected: Value, widget: Control['widget']): boolean {
  if (typeof actual !== 'string' || typeof expected !== 'string') {
    const want = new Set((typeof expected === 'string' ? [expected] : expected).map(normalize));
    const have = new Set((typeof actual === 'string' ? [actual] : actual).map(normalize));
    return want.size === have.size && [...want].every((item) => have.has(item));
  }
  // Choices compare by name; typed text must be exactly what was planned.
  return widget === 'text' || widget === 'textarea' || widget === 'number' || widget === 'date' || widget === 'date-picker' ? actual === expected : normalize(actual) === normalize(expected);
}

function locked(control: Control): boolean {
  const readOnly = (el: Element) => control.widget !== 'date-picker' && (el.hasAttribute('readonly') || el.getAttribute('aria-readonly') === 'true');
  const off = (el: Element) => el.matches(':disabled') || readOnly(el) || el.getAttribute('aria-disabled') === 'true';
  return control.members ? control.members.every(off) : off(control.el);
}

/**
 * Sets a text control's value through the prototype's setter (frameworks such as React watch the
 * element's own `value` property and would otherwise take the change for their own) and announces it.
 */
function setText(el: HTMLInputElement | HTMLTextAreaElement, value: string, { blur = true } = {}): void {
  const view = el.ownerDocument.defaultView!;
  const proto = el instanceof view.HTMLTextAreaElement ? view.HTMLTextAreaElement.prototype : view.HTMLInputElement.prototype;
  el.focus();
  Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, value);
  el.dispatchEvent(new view.InputEvent('input', { bubbles: true, composed: true, inputType: 'insertReplacementText', data: value }));
  el.dispatchEvent(new view.Event('change', { bubbles: true }));
  if (blur) el.blur();
}

function setSelect(select: HTMLSelectElement, wanted: readonly string[]): Written {
  const view = select.ownerDocument.defaultView!;
  const keys = new Set(wanted.map(normalize));
  const options = [...select.options].filter((option) => keys.has(normalize(option.label || option.text)) || wanted.includes(option.value));
  if (options.length < wanted.length) return { problem: `The list has no option “${wanted.find((value) => !options.some((option) => normalize(option.label || option.text) === normalize(value)))}”.` };
  select.focus();
  if (select.multiple) for (const option of select.options) option.selected = options.includes(option);
  else Object.getOwnPropertyDescriptor(view.HTMLSelectElement.prototype, 'value')!.set!.call(select, options[0]!.value);
  select.dispatchEvent(new view.Event('input', { bubbles: true, composed: true }));
  select.dispatchEvent(new view.Event('change', { bubbles: true }));
  select.blur();
  return { expected: select.multiple ? options.map((option) => clean(option.label || option.text)) : clean(options[0]!.label || options[0]!.text) };
}

/** Clicks the boxes whose state differs from the plan (a click is what frameworks listen to). */
function setBoxes(members: readonly HTMLInputElement[], wanted: readonly string[]): Written {
  const keys = new Set(wanted.map(normalize));
  const missing = wanted.filter((value) => !members.some((member) => normalize(labelOf(member)) === normalize(value)));
  if (missing.length) return { problem: `No choice “${missing.join('”, “')}” here.` };
  for (const member of members) {
    const want = keys.has(normalize(labelOf(member)));
    if (member.checked !== want && (want || member.type === 'checkbox')) member.click();
  }
  return { expected: members.filter((member) => keys.has(normalize(labelOf(member)))).map(labelOf) };
}

const textBox = (combo: HTMLElement) => (combo.matches('input') ? (combo as HTMLInputElement) : combo.querySelector('input'));

function findOption(list: Element, names: readonly string[]): Element | undefined {
  const options = optionsOf(list);
  const picked = pickOption(
    options.map((option) => ({ label: optionLabel(option), value: optionLabel(option) })),
    names,
  );
  return picked && options.find((option) => optionLabel(option) === picked.option.label);
}

/** Opens the list, types to filter it when the option is not shown, and picks the option. */
async function choose(combo: HTMLElement, names: readonly string[]): Promise<Element | undefined> {
  const list = await openList(combo);
  let option = list && findOption(list, names);
  const input = textBox(combo);
  if (!option && input) {
    setText(input, names[0]!, { blur: false });
    option = await waitFor(() => {
      const filtered = listboxOf(combo);
      return filtered ? findOption(filtered, names) : undefined;
    }, 800);
  }
  if (!option) return undefined;
  option.scrollIntoView?.({ block: 'nearest' });
  press(option);
  await settle();
  return option;
}

async function setCombobox(combo: HTMLElement, step: FillStep): Promise<Written> {
  const option = await choose(combo, [step.value as string, ...(step.candidates ?? [])]);
  closeList(combo);
  return option ? { expected: optionLabel(option) } : { problem: `The list has no option “${step.value}”.` };
}

/** Removes chips the plan does not want (the user agreed), then picks each wanted value. */
async function setChips(control: Control, wanted: readonly string[]): Promise<Written> {
  const combo = control.el;
  const keys = new Set(wanted.map(normalize));
  for (const chip of chipsOf(combo).reverse()) {
    if (keys.has(normalize(chip.label))) continue;
    press(chip.remove);
    await settle();
  }
  const expected: string[] = [];
  for (const value of wanted) {
    const held = readValue(control) as string[];
    const already = held.find((label) => normalize(label) === normalize(value));
    if (already) {
      expected.push(already);
      continue;
    }
    const option = await choose(combo, [value]);
    if (!option) {
      closeList(combo);
      return { problem: `The list has no option “${value}”.` };
    }
    expected.push(optionLabel(option));
  }
  closeList(combo);
  return { expected };
}

async function write(control: Control, step: FillStep): Promise<Written> {
  const { el, widget, members = [] } = control;
  const values = typeof step.value === 'string' ? [step.value] : step.value;
  switch (widget) {
    case 'text':
    case 'textarea':
    case 'number':
    case 'date':
      setText(el as HTMLInputElement, step.value as string);
      return { expected: step.value };
    case 'select':
    case 'select-multiple':
      return setSelect(el as HTMLSelectElement, values);
    case 'checkbox':
      if ((el as HTMLInputElement).checked !== (step.value === 'true')) (el as HTMLInputElement).click();
      return { expected: step.value };
    case 'checkboxes':
    case 'radios':
      return setBoxes(members, values);
    case 'combobox':
      return setCombobox(el, step);
    case 'combobox-multiple':
      return setChips(control, values);
    case 'date-picker': {
      // Verified by reading the day the box shows back (fillStep compares it with the plan).
      const picked = await pickDay(el, step.value as string);
      return 'problem' in picked ? picked : { expected: step.value };
    }
  }
}

async function fillStep(step: FillStep, control: Control | undefined, replace: ReadonlySet<string>): Promise<FillResult & { expected?: Value }> {
  const result = (status: FillStatus, detail?: string) => ({ key: step.key, label: step.label, status, ...(detail ? { detail } : {}) });
  if (!control?.el.isConnected) return result('missing', 'The field is no longer on the page.');
  if (locked(control)) return result('locked', 'The field is read-only or disabled.');
  const before = readValue(control);
  if (sameValue(before, step.value, control.widget)) return result('same');
  if (!isEmpty(before) && !replace.has(step.key)) return result('kept', `It holds “${short(before)}”: tick Replace to overwrite it.`);
  let written: Written;
  try {
    written = await write(control, step);
  } catch (error) {
    written = { problem: error instanceof Error ? error.message : String(error) };
  }
  if ('problem' in written) return result('failed', written.problem);
  await settle();
  const after = readValue(control);
  return sameValue(after, written.expected, control.widget)
    ? { ...result('filled'), expected: written.expected }
    : result('failed', `The form shows “${short(after)}” after filling.`);
}

/** Fills the steps in order and returns one result per step; every filled field is read back twice. */
export async function fillForm(controls: ReadonlyMap<string, Control>, steps: readonly FillStep[], { replace = new Set() }: FillOptions = {}): Promise<FillResult[]> {
  const results: (FillResult & { expected?: Value })[] = [];
  for (const step of steps) results.push(await fillStep(step, controls.get(step.key), replace));
  // A framework that missed a change puts its own state back on its next render: look once more.
  await settle(80);
  return results.map(({ expected, ...result }) => {
    const control = controls.get(result.key);
    if (result.status !== 'filled' || expected === undefined || !control) return result;
    const now = readValue(control);
    return sameValue(now, expected, control.widget) ? result : { ...result, status: 'failed', detail: `The form put back “${short(now)}”: it did not take the change.` };
  });
}
