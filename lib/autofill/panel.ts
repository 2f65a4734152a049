import type { FillPlan, PortalItems } from '../schema/autofill';
import { t } from '../i18n';
import type { FillResult } from './fill';

/**
 * The panel on a portal: pick what to fill, preview where each value goes, fill, read the report.
 * It runs in the extension's own frame (entrypoints/portal-panel), out of the portal's reach; shows
 * text only; and works from the keyboard: native controls, focus moved in on open, Escape. The page's
 * content script opens it (its launcher, outside this frame) and hides the frame when it closes.
 * Only a person's click or key closes it, previews or fills.
 */
const HOST_TAG = 'contribution-tracker-portal';
/** The open panel's width, asked of the frame whatever width the frame has now (the page may give less). */
const PANEL_WIDTH = 460;
const STYLE = `
  :host { all: initial; position: fixed; right: 12px; bottom: 12px; font: 14px/1.4 system-ui, sans-serif; color: #1f2933; }
  button, select, input { font: inherit; }
  button { border: 1px solid #1f5fa8; background: #1f5fa8; color: #fff; border-radius: 6px; padding: 4px 12px; cursor: pointer; }
  button.secondary { background: #fff; color: #1f5fa8; }
  button:disabled { opacity: 0.6; cursor: default; }
  :focus-visible { outline: 2px solid #f0a000; outline-offset: 2px; }
  [hidden] { display: none !important; }
  section { width: ${PANEL_WIDTH}px; max-width: calc(100vw - 24px); max-height: calc(100vh - 24px); overflow: auto; background: #fff; border: 1px solid #9aa5b1;
    border-radius: 8px; box-shadow: 0 4px 20px rgb(0 0 0 / 0.3); padding: 12px 14px; box-sizing: border-box; display: flex; flex-direction: column; }
  section > * { flex-shrink: 0; }
  .details { flex: 1 1 auto; min-height: 0; overflow: auto; }
  header { display: flex; justify-content: space-between; align-items: center; gap: 8px; }
  h2 { font-size: 15px; margin: 0; }
  h3 { font-size: 13px; margin: 12px 0 4px; }
  label.pick { display: flex; flex-direction: column; gap: 2px; margin-top: 8px; }
  .actions { display: flex; gap: 8px; margin-top: 10px; }
  ul { margin: 4px 0; padding-left: 18px; }
  li { margin: 4px 0; overflow-wrap: anywhere; }
  .value { display: block; color: #3e4c59; white-space: pre-wrap; max-height: 4.2em; overflow: hidden; }
  .note { display: block; color: #616e7c; font-size: 12px; }
  .status-filled, .status-same { color: #1b7a3a; }
  .status-kept { color: #8a5a00; }
  .status-failed, .status-missing, .status-locked { color: #9b1c1c; }
  .warnings li { color: #8a5a00; }
  p[role=status] { margin: 8px 0 0; min-height: 1.4em; }
  p.error { color: #9b1c1c; }
`;

const STATUS_TEXT: Record<FillResult['status'], () => string> = {
  filled: () => t('fillFilled'),
  same: () => t('fillSame'),
  kept: () => t('fillKept'),
  locked: () => t('fillLocked'),
  failed: () => t('fillFailed'),
  missing: () => t('fillMissing'),
};

export interface PanelHandlers {
  /** The panel opened: load what can be filled. */
  onOpen(): void;
  /** The person closed the panel: its frame hides, and the page's launcher takes the focus. */
  onClose(): void;
  /** What the open panel needs to show whole (its frame is sized to it, so the page around stays usable). */
  onSize?(size: { width: number; height: number }): void;
  onPeriod(from: string): void;
  onPreview(itemKey: string): void;
  /** Fill with the user's go-ahead to overwrite the fields in `replace`. */
  onFill(itemKey: string, replace: ReadonlySet<string>): void;
}

export interface Panel {
  open(): void;
  close(): void;
  showItems(items: PortalItems, selected?: string): void;
  showPlan(plan: FillPlan, results?: readonly FillResult[]): void;
  status(text: string, tone?: 'info' | 'error'): void;
  busy(on: boolean): void;
  destroy(): void;
}

const short = (value: string | readonly string[], max = 240) => {
  const text = typeof value === 'string' ? value : value.join(', ');
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
};

export interface PanelOptions {
  /** Whether an event is a person's (tests of the markup alone stand in for one). */
  trusted?: (event: Event) => boolean;
}

export function createPanel(doc: Document, handlers: PanelHandlers, { trusted = (event) => event.isTrusted }: PanelOptions = {}): Panel {
  doc.querySelector(HOST_TAG)?.remove();
  const host = doc.createElement(HOST_TAG);
  const root = host.attachShadow({ mode: 'open' });
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, unknown> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] => {
    const node: HTMLElementTagNameMap[K] = doc.createElement(tag);
    Object.assign(node, props);
    node.append(...children);
    return node;
  };
  const style = el('style');
  style.textContent = STYLE;

  const heading = el('h2', { id: 'ct-heading', textContent: t('panelHeading') });
  const closeButton = el('button', { type: 'button', className: 'secondary', textContent: t('panelClose') });
  const periodSelect = el('select', { id: 'ct-period' });
  const periodLabel = el('label', { className: 'pick' }, t('panelPeriod'), periodSelect);
  const itemSelect = el('select', { id: 'ct-item' });
  const itemLabel = el('label', { className: 'pick' }, t('panelFillWith'), itemSelect);
  const previewButton = el('button', { type: 'button', className: 'secondary', textContent: t('panelPreview') });
  const fillButton = el('button', { type: 'button', textContent: t('panelFill') });
  const statusLine = el('p');
  statusLine.setAttribute('role', 'status');
  const details = el('div', { className: 'details' });
  // The frame grows upwards from the page's corner as the plan or report grows, so the controls sit
  // at the bottom: a click aimed at Fill still lands on Fill when a preview has just made the frame taller.
  const panel = el('section', { id: 'ct-panel', hidden: true }, el('header', {}, heading, closeButton), details, statusLine, periodLabel, itemLabel, el('div', { className: 'actions' }, previewButton, fillButton));
  panel.setAttribute('aria-labelledby', 'ct-heading');
  root.append(style, panel);
  doc.documentElement.append(host);

  // Margins around the panel, for its shadow (the frame's own edges would cut it).
  const MARGIN = 24;
  let measuring = false;
  const measure = () => {
    measuring = false;
    if (panel.hidden) return;
    // The panel's whole height, even while its frame is still too small to show it.
    const height = panel.scrollHeight - details.clientHeight + details.scrollHeight + 2;
    if (height > 2) handlers.onSize?.({ width: PANEL_WIDTH + MARGIN, height: height + MARGIN });
  };
  new MutationObserver(() => {
    if (measuring) return;
    measuring = true;
    (doc.defaultView?.requestAnimationFrame ?? setTimeout)(measure);
  }).observe(root, { subtree: true, childList: true, characterData: true, attributes: true });

  /** Fields the user said may be overwritten; kept across previews while the page lives. */
  const replace = new Set<string>();

  function open() {
    if (!panel.hidden) return;
    panel.hidden = false;
    itemSelect.focus();
    handlers.onOpen();
  }
  function close() {
    if (panel.hidden) return;
    panel.hidden = true;
    handlers.onClose();
  }
  /** Runs `act` only for a person's event: a script's synthetic click or key does nothing. */
  const person =
    <E extends Event>(act: (event: E) => void) =>
    (event: E) => {
      if (trusted(event)) act(event);
    };

  closeButton.addEventListener('click', person(close));
  panel.addEventListener(
    'keydown',
    person((event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        close();
      }
    }),
  );
  // Picking a period or an item only shows, in this frame, what a fill would do: nothing to guard.
  periodSelect.addEventListener('change', () => handlers.onPeriod(periodSelect.value));
  itemSelect.addEventListener('change', () => {
    details.replaceChildren();
    handlers.onPreview(itemSelect.value);
  });
  previewButton.addEventListener('click', person(() => itemSelect.value && handlers.onPreview(itemSelect.value)));
  fillButton.addEventListener('click', person(() => itemSelect.value && handlers.onFill(itemSelect.value, new Set(replace))));

  function list(title: string, items: HTMLElement[], className = '') {
    if (!items.length) return [];
    const ul = el('ul', { className });
    ul.setAttribute('aria-label', title);
    ul.append(...items);
    return [el('h3', { textContent: title }), ul];
  }

  return {
    open,
    close,
    showItems(items, selected) {
      heading.textContent = t('panelHeadingProgram', items.programName);
      periodSelect.replaceChildren(...items.periods.map((period) => el('option', { value: period.from, textContent: period.label, selected: period.from === items.period })));
      periodLabel.hidden = items.periods.length < 2;
      itemSelect.replaceChildren(...items.items.map((item) => el('option', { value: item.key, textContent: item.heading })));
      if (selected && items.items.some((item) => item.key === selected)) itemSelect.value = selected;
      const empty = items.items.length === 0;
      itemSelect.disabled = previewButton.disabled = fillButton.disabled = empty;
      details.replaceChildren(...list(t('panelBeforeFill'), items.warnings.map((warning) => el('li', { textContent: warning })), 'warnings'));
      if (empty) statusLine.textContent = t('panelNothingLeft', items.programName);
    },
    showPlan(plan, results) {
      const byKey = new Map(results?.map((result) => [result.key, result]));
      const rows = plan.steps.map((step) => {
        const result = byKey.get(step.key);
        const row = el('li', {}, el('strong', { textContent: step.label }), el('span', { className: 'value', textContent: short(step.value) }));
        if (step.note) row.append(el('span', { className: 'note', textContent: step.note }));
        if (result) {
          row.append(el('span', { className: `note status-${result.status}`, textContent: result.detail ? `${STATUS_TEXT[result.status]()}: ${result.detail}` : STATUS_TEXT[result.status]() }));
        }
        if (result?.status === 'kept' || (!result && step.occupied)) {
          const box = el('input', { type: 'checkbox', checked: replace.has(step.key) });
          box.addEventListener('change', person(() => (box.checked ? replace.add(step.key) : replace.delete(step.key))));
          row.append(el('label', { className: 'note' }, box, ` ${t('panelReplace', step.label)}`));
        }
        return row;
      });
      const unplaced = plan.unplaced.map((field) => el('li', {}, el('strong', { textContent: field.label }), el('span', { className: 'value', textContent: short(field.value) })));
      details.replaceChildren(
        ...list(t('panelCheckFirst'), plan.warnings.map((warning) => el('li', { textContent: warning })), 'warnings'),
        ...list(results ? t('panelReport') : t('panelPlan'), rows),
        ...list(t('panelNotOnForm'), unplaced),
      );
    },
    status(text, tone = 'info') {
      statusLine.textContent = text;
      statusLine.className = tone === 'error' ? 'error' : '';
    },
    busy(on) {
      previewButton.disabled = fillButton.disabled = on || itemSelect.options.length === 0;
      panel.setAttribute('aria-busy', String(on));
    },
    destroy() {
      host.remove();
    },
  };
}
