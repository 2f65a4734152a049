/**
 * Custom comboboxes (ARIA 1.2: role=combobox on an input or a div, its list in a role=listbox that
 * aria-controls names) and the chips multi-selects show for what is picked. Libraries differ in
 * markup but keep these roles, because screen readers need them; lists usually exist only while open.
 */
const sel = {
  list: '[role=listbox]',
  option: '[role=option]',
  // A chip's remove button names the chip: react-select, MUI, most design systems.
  chipRemove: ['[aria-label^="Remove " i]', '[aria-label^="Delete " i]', '[title^="Remove " i]'],
  // Chips that are options of a second, "selected" listbox (Fluent UI TagPicker) or tagged by data.
  chip: ['[data-chip]', '[data-tag]', '[role=listitem]'],
  control: 'input, select, textarea, [role=combobox]',
} as const;

export const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The listbox a combobox controls, if it is in the page now. */
export function listboxOf(combo: Element): Element | null {
  const doc = combo.ownerDocument;
  for (const attr of ['aria-controls', 'aria-owns']) {
    for (const id of (combo.getAttribute(attr) ?? '').split(/\s+/).filter(Boolean)) {
      const target = doc.getElementById(id);
      if (!target) continue;
      if (target.matches(sel.list)) return target;
      const inner = target.querySelector(sel.list);
      if (inner) return inner;
    }
  }
  const active = combo.getAttribute('aria-activedescendant');
  const list = active ? doc.getElementById(active)?.closest(sel.list) : null;
  return list ?? combo.querySelector(sel.list);
}

export const optionLabel = (option: Element) => clean(option.getAttribute('aria-label') || option.textContent);

export function optionsOf(list: Element): Element[] {
  return [...list.querySelectorAll(sel.option)].filter((option) => option.getAttribute('aria-disabled') !== 'true');
}

/** Is this combobox a multi-select? The list says so when it is open; chips say so when it is closed. */
export function isMultiple(combo: Element): boolean {
  const list = listboxOf(combo);
  if (list) return list.getAttribute('aria-multiselectable') === 'true';
  return combo.getAttribute('aria-multiselectable') === 'true' || chipsOf(combo).length > 0;
}

/**
 * The box around a combobox that holds its chips: the widest ancestor (up to four levels) that
 * contains no other form control, so a neighbour field's chips are never taken for this one's.
 */
function chipBox(combo: Element): Element {
  let box: Element = combo.parentElement ?? combo;
  for (let level = 0, up = box.parentElement; level < 3 && up; level += 1, up = up.parentElement) {
    const others = [...up.querySelectorAll(sel.control)].filter((control) => control !== combo && !combo.contains(control));
    if (others.length) break;
    box = up;
  }
  return box;
}

export interface Chip {
  label: string;
  /** What removes it: its remove button, or the chip itself when a click removes it. */
  remove: HTMLElement;
}

/** The chips shown beside a multi-select combobox, in order. */
export function chipsOf(combo: Element): Chip[] {
  const box = chipBox(combo);
  const popup = listboxOf(combo);
  const outside = (el: Element) => !popup?.contains(el) && el !== combo && !combo.contains(el);
  const tagged = [...box.querySelectorAll(`${sel.list} ${sel.option}`)].filter(outside);
  if (tagged.length) return tagged.map((el) => ({ label: optionLabel(el), remove: el as HTMLElement }));
  for (const selector of sel.chipRemove) {
    const buttons = [...box.querySelectorAll<HTMLElement>(selector)].filter(outside);
    if (buttons.length) {
      return buttons.map((button) => {
        const named = (button.getAttribute('aria-label') || button.getAttribute('title') || '').replace(/^(remove|delete)\s+/i, '');
        return { label: clean(named), remove: button };
      });
    }
  }
  for (const selector of sel.chip) {
    const chips = [...box.querySelectorAll<HTMLElement>(selector)].filter(outside);
    if (chips.length) return chips.map((chip) => ({ label: clean(chip.textContent), remove: chip.querySelector<HTMLElement>('button') ?? chip }));
  }
  return [];
}

/** What a single-choice combobox shows; a prompt such as "Select an option" counts as empty. */
export function comboText(combo: Element): string {
  const text = combo instanceof HTMLInputElement ? combo.value : clean(combo.textContent);
  return /^(select|choose|pick)\b/i.test(text) && !combo.matches('input') ? '' : clean(text);
}

/** A pointer press as a user makes it: libraries listen to pointerdown, mousedown or click. */
export function press(el: Element): void {
  const view = el.ownerDocument.defaultView;
  const init = { bubbles: true, cancelable: true, composed: true, button: 0, view };
  const Pointer = view?.PointerEvent ?? view?.MouseEvent ?? MouseEvent;
  const Mouse = view?.MouseEvent ?? MouseEvent;
  el.dispatchEvent(new Pointer('pointerdown', { ...init, pointerType: 'mouse', isPrimary: true } as PointerEventInit));
  el.dispatchEvent(new Mouse('mousedown', init));
  el.dispatchEvent(new Pointer('pointerup', { ...init, pointerType: 'mouse', isPrimary: true } as PointerEventInit));
  el.dispatchEvent(new Mouse('mouseup', init));
  if (el instanceof HTMLElement) el.click();
  else el.dispatchEvent(new Mouse('click', init));
}

export function key(el: Element, name: string): void {
  const view = el.ownerDocument.defaultView;
  const Keyboard = view?.KeyboardEvent ?? KeyboardEvent;
  const init = { key: name, code: name, bubbles: true, cancelable: true, composed: true };
  el.dispatchEvent(new Keyboard('keydown', init));
  el.dispatchEvent(new Keyboard('keyup', init));
}

/** Lets the page's framework react (render the list, commit state) before we look again. */
export function settle(ms = 30): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls until `find` returns something or the time is up (lists render asynchronously). */
export async function waitFor<T>(find: () => T | null | undefined, timeoutMs = 1000): Promise<T | undefined> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() > end) return undefined;
    await settle(25);
  }
}

const hasOptions = (combo: Element) => {
  const list = listboxOf(combo);
  return list && optionsOf(list).length ? list : null;
};

/** Opens the list as a user does (a press, then the keyboard if that did nothing) and returns it. */
export async function openList(combo: HTMLElement): Promise<Element | undefined> {
  const open = hasOptions(combo);
  if (open && combo.getAttribute('aria-expanded') !== 'false') return open;
  combo.focus();
  press(combo);
  const list = await waitFor(() => hasOptions(combo), 600);
  if (list) return list;
  key(combo, 'ArrowDown');
  return waitFor(() => hasOptions(combo), 600);
}

export function closeList(combo: HTMLElement): void {
  if (combo.getAttribute('aria-expanded') === 'true') key(combo, 'Escape');
}
