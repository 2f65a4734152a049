import type { CollectedField, CollectedForm, FormOption, Widget } from '../schema/autofill';
import { isDatePicker, shownDay } from './calendar';
import { chipsOf, clean, closeList, comboText, isMultiple, listboxOf, openList, optionLabel, optionsOf } from './combobox';

/**
 * Reads the live form: every control with the words around it (label, aria label, placeholder,
 * hint), its limits and, for choices, what the form offers now. Nothing is written.
 */
const sel = {
  controls: 'input, textarea, select, [role=combobox]',
  // An open dialog (the "Add activity" panel) wins over the page; then the biggest form.
  roots: ['dialog[open]', '[role=dialog]', 'form'],
  group: 'fieldset, [role=group], [role=radiogroup]',
  legend: ':scope > legend',
  hidden: '[hidden], [aria-hidden="true"], [inert]',
} as const;

const SKIPPED_TYPES = new Set(['hidden', 'submit', 'button', 'reset', 'image', 'file', 'password', 'color', 'range']);
const DATE_TYPES = new Set(['date', 'datetime-local', 'month']);

/** One control as the filler sees it: a group's container and members for checkbox and radio groups. */
export interface Control {
  widget: Widget;
  el: HTMLElement;
  members?: HTMLInputElement[];
}

/** Removes required-markers and trailing colons: "Title *" and "Title (required):" are "Title". */
const tidy = (text: string) =>
  clean(text)
    .replace(/\s*(\*|\((required|optional)\))\s*/gi, ' ')
    .replace(/[\s:]+$/, '')
    .replace(/\s+required$/i, '')
    .trim();

/** Text of an element without the controls inside it (a wrapping label's select lists its options). */
function ownText(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('input, select, textarea, [role=listbox], [role=combobox]').forEach((inner) => inner.remove());
  return clean(copy.textContent);
}

function byIds(doc: Document, ids: string | null): string {
  return clean(
    (ids ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => {
        const target = doc.getElementById(id);
        return target ? ownText(target) : '';
      })
      .join(' '),
  );
}

export function labelOf(el: Element): string {
  const doc = el.ownerDocument;
  const labelledBy = byIds(doc, el.getAttribute('aria-labelledby'));
  if (labelledBy) return tidy(labelledBy);
  const labels = 'labels' in el && (el as HTMLInputElement).labels ? [...(el as HTMLInputElement).labels!] : [];
  if (!labels.length && el.id) labels.push(...doc.querySelectorAll<HTMLLabelElement>(`label[for="${CSS.escape(el.id)}"]`));
  const wrapping = el.closest('label');
  if (wrapping && !labels.includes(wrapping)) labels.push(wrapping);
  return tidy(labels.map(ownText).join(' '));
}

function groupLabel(group: Element): string {
  const doc = group.ownerDocument;
  const legend = group.querySelector(sel.legend);
  return tidy(byIds(doc, group.getAttribute('aria-labelledby')) || (legend ? ownText(legend) : '') || clean(group.getAttribute('aria-label')));
}

function isHidden(el: Element): boolean {
  if (el.closest(sel.hidden)) return true;
  const visible = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return typeof visible === 'function' && !visible.call(el);
}

// A calendar picker's box is read-only by design: only disabled locks it.
const isLocked = (el: Element) =>
  el.matches(':disabled') || (el.hasAttribute('readonly') && !isDatePicker(el)) || el.getAttribute('aria-disabled') === 'true' || el.getAttribute('aria-readonly') === 'true';

function selectOptions(select: HTMLSelectElement): FormOption[] {
  // A first option with no value is the prompt ("Select an activity type"), not a choice.
  return [...select.options].filter((option) => option.value !== '' && !option.disabled).map((option) => ({ label: clean(option.label || option.text), value: option.value }));
}

// Not `selectedOptions`: some DOMs keep that collection stale after a programmatic change.
const picked = (select: HTMLSelectElement) => [...select.options].filter((option) => option.selected);

/** What the control holds now: text, or the labels of what is picked. */
export function readValue(control: Control): string | string[] {
  const { el, widget, members = [] } = control;
  switch (widget) {
    case 'select': {
      const option = picked(el as HTMLSelectElement)[0];
      return option && option.value !== '' ? clean(option.label || option.text) : '';
    }
    case 'select-multiple':
      return picked(el as HTMLSelectElement).map((option) => clean(option.label || option.text));
    case 'checkbox':
      return (el as HTMLInputElement).checked ? 'true' : '';
    case 'checkboxes':
      return members.filter((box) => box.checked).map(labelOf);
    case 'radios':
      return members.find((radio) => radio.checked) ? labelOf(members.find((radio) => radio.checked)!) : '';
    case 'combobox':
      return comboText(el);
    case 'date-picker': {
      const shown = (el as HTMLInputElement).value;
      return shownDay(shown) ?? shown;
    }
    case 'combobox-multiple': {
      // Chips show every pick; an open list may show only those that match what is typed.
      const chips = chipsOf(el);
      if (chips.length) return chips.map((chip) => chip.label);
      const list = listboxOf(el);
      return list ? optionsOf(list).filter((option) => option.getAttribute('aria-selected') === 'true').map(optionLabel) : [];
    }
    default:
      return (el as HTMLInputElement | HTMLTextAreaElement).value;
  }
}

/** An editable combobox: its list may show only what matches the text typed so far. */
const isTypeahead = (el: Element) => el.getAttribute('role') === 'combobox' && el.matches('input') && el.getAttribute('aria-autocomplete') !== 'none';

function widgetOf(el: Element): Widget | undefined {
  if (isDatePicker(el)) return 'date-picker';
  if (el.getAttribute('role') === 'combobox') return isMultiple(el) ? 'combobox-multiple' : 'combobox';
  if (el instanceof HTMLTextAreaElement) return 'textarea';
  if (el instanceof HTMLSelectElement) return el.multiple ? 'select-multiple' : 'select';
  if (!(el instanceof HTMLInputElement)) return undefined;
  const type = el.type.toLowerCase();
  if (SKIPPED_TYPES.has(type)) return undefined;
  if (type === 'checkbox') return 'checkbox';
  if (type === 'radio') return 'radios';
  if (type === 'number') return 'number';
  if (DATE_TYPES.has(type)) return 'date';
  return 'text';
}

/** The open dialog or form with the most controls: the activity form, not the site's search box. */
export function findFormRoot(doc: Document): Element {
  const candidates = sel.roots.flatMap((selector) => [...doc.querySelectorAll(selector)]).filter((root) => !isHidden(root));
  let best: Element = doc.body;
  let most = 0;
  for (const root of candidates) {
    const count = root.querySelectorAll(sel.controls).length;
    // A dialog counts double: when one is open, it is what the user is filling.
    const weight = root.matches('form') ? count : count * 2;
    if (weight > most) [best, most] = [root, weight];
  }
  return best;
}

export interface Collected {
  form: CollectedForm;
  controls: Map<string, Control>;
}

/**
 * Keys stay with their element for the page's life, so a second look after filling (a form that
 * shows more fields once the type is chosen) can tell new fields from those already planned.
 */
export function createCollector() {
  const keys = new WeakMap<Element, string>();
  let next = 0;
  const keyOf = (el: Element) => {
    let key = keys.get(el);
    if (!key) keys.set(el, (key = `f${next++}`));
    return key;
  };

  function describe(el: HTMLElement, widget: Widget, members?: HTMLInputElement[]): { field: CollectedField; control: Control } {
    const control: Control = { widget, el, ...(members ? { members } : {}) };
    const key = keyOf(el);
    const doc = el.ownerDocument;
    const input = el as HTMLInputElement;
    const attr = (name: string) => clean(el.getAttribute(name)) || undefined;
    let options: FormOption[] | undefined;
    if (el instanceof HTMLSelectElement) options = selectOptions(el);
    else if (members) options = members.map((member) => ({ label: labelOf(member), value: member.value }));
    else if (widget.startsWith('combobox')) {
      const list = listboxOf(el);
      options = list ? optionsOf(list).map((option) => ({ label: optionLabel(option), value: option.getAttribute('data-value') ?? optionLabel(option) })) : undefined;
    }
    const grouped = members !== undefined;
    const maxLength = grouped ? -1 : input.maxLength;
    const field: CollectedField = {
      key,
      widget,
      ...(el instanceof HTMLInputElement && !grouped ? { inputType: el.type.toLowerCase() } : {}),
      label: (grouped ? groupLabel(el) : labelOf(el)).slice(0, 500),
      ...(attr('aria-label') ? { ariaLabel: attr('aria-label')!.slice(0, 500) } : {}),
      ...(!grouped && attr('name') ? { name: attr('name')!.slice(0, 200) } : grouped && members[0]?.name ? { name: members[0].name.slice(0, 200) } : {}),
      ...(attr('id') ? { id: attr('id')!.slice(0, 200) } : {}),
      ...(attr('placeholder') ? { placeholder: attr('placeholder')!.slice(0, 200) } : {}),
      ...(byIds(doc, el.getAttribute('aria-describedby')) ? { hint: byIds(doc, el.getAttribute('aria-describedby')).slice(0, 500) } : {}),
      ...(attr('pattern') ? { pattern: attr('pattern')!.slice(0, 200) } : {}),
      required: grouped ? members.some((member) => member.required) || el.getAttribute('aria-required') === 'true' : input.required === true || el.getAttribute('aria-required') === 'true',
      ...(maxLength > 0 ? { maxLength } : {}),
      locked: grouped ? members.every(isLocked) : isLocked(el),
      value: bounded(readValue(control)),
      ...(options ? { options: options.slice(0, 2000) } : {}),
      ...(isTypeahead(el) ? { typeahead: true } : {}),
    };
    return { field, control };
  }

  return {
    /** Every visible control under `root`, in page order. */
    collect(root: Element): Collected {
      const fields: CollectedField[] = [];
      const controls = new Map<string, Control>();
      const seen = new Set<Element>();
      const add = (el: HTMLElement, widget: Widget, members?: HTMLInputElement[]) => {
        if (seen.has(el)) return;
        seen.add(el);
        const { field, control } = describe(el, widget, members);
        fields.push(field);
        controls.set(field.key, control);
      };
      for (const el of root.querySelectorAll<HTMLElement>(sel.controls)) {
        if (isHidden(el) || el.closest('[role=listbox]')) continue;
        // ARIA 1.1 comboboxes wrap their text box: the wrapper stands for both.
        if (el.getAttribute('role') !== 'combobox' && el.parentElement?.closest('[role=combobox]')) continue;
        const widget = widgetOf(el);
        if (!widget) continue;
        if (widget === 'checkbox' || widget === 'radios') {
          const input = el as HTMLInputElement;
          const group = input.closest(sel.group);
          const members = groupMembers(root, input, group);
          if (widget === 'radios') add((group ?? members[0]!) as HTMLElement, 'radios', members);
          else if (group && members.length > 1) add(group as HTMLElement, 'checkboxes', members);
          else add(el, 'checkbox');
          continue;
        }
        add(el, widget);
      }
      return { form: { fields: fields.slice(0, 300) }, controls };
    },
  };
}

function groupMembers(root: Element, input: HTMLInputElement, group: Element | null): HTMLInputElement[] {
  if (input.type === 'radio' && input.name) {
    return [...root.querySelectorAll<HTMLInputElement>('input[type=radio]')].filter((radio) => radio.name === input.name && !isHidden(radio));
  }
  // Only the group's own boxes: a fieldset around the whole form must not swallow a lone checkbox's neighbours.
  return group
    ? [...group.querySelectorAll<HTMLInputElement>(`input[type=${input.type}]`)].filter((box) => box.closest(sel.group) === group && !isHidden(box))
    : [input];
}

function bounded(value: string | string[]): string | string[] {
  return Array.isArray(value) ? value.slice(0, 500).map((item) => item.slice(0, 500)) : value.slice(0, 20_000);
}

/**
 * Opens each combobox whose list is not in the page, reads its options and closes it again, so the
 * plan can map values onto them. Only on the user's request (Preview, Fill): the lists flicker open.
 */
export async function probeOptions(collected: Collected): Promise<void> {
  for (const field of collected.form.fields) {
    if (!field.widget.startsWith('combobox') || field.options || field.locked) continue;
    const control = collected.controls.get(field.key)!;
    const list = await openList(control.el);
    if (list) {
      field.options = optionsOf(list)
        .slice(0, 2000)
        .map((option) => ({ label: optionLabel(option), value: option.getAttribute('data-value') ?? optionLabel(option) }));
      if (list.getAttribute('aria-multiselectable') === 'true') field.widget = control.widget = 'combobox-multiple';
      field.value = bounded(readValue(control));
    }
    closeList(control.el);
  }
}
