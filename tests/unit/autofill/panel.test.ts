import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPanel, type PanelHandlers } from '../../../lib/autofill/panel';
import type { FillPlan, PortalItems } from '../../../lib/schema/autofill';
import { serveLocale } from '../../helpers/i18n';

const items: PortalItems = {
  programId: 'mvp',
  programName: 'Microsoft MVP',
  periods: [
    { id: 'mvp-2027', label: 'MVP 2027 (Apr 2026 – Mar 2027)', from: '2026-04-01T00:00:00.000Z', to: '2027-04-01T00:00:00.000Z' },
    { id: 'mvp-2026', label: 'MVP 2026 (Apr 2025 – Mar 2026)', from: '2025-04-01T00:00:00.000Z', to: '2026-04-01T00:00:00.000Z' },
  ],
  period: '2026-04-01T00:00:00.000Z',
  items: [
    { key: 'b1', heading: '<img src=x onerror=alert(1)> Private endpoints', entries: 1, warnings: [] },
    { key: 'online-support-2026-09', heading: 'Online Support, September 2026 (3)', entries: 3, warnings: [] },
  ],
  warnings: [],
};
const plan: FillPlan = {
  itemKey: 'b1',
  heading: 'Private endpoints',
  entryIds: ['b1'],
  steps: [
    { key: 'f0', name: 'title', label: 'Title', widget: 'text', value: '<b>Private endpoints</b>', occupied: true },
    { key: 'f1', name: 'activityTypeName', label: 'Activity type', widget: 'select', value: 'Webinar/Online Training/Video/Livestream', occupied: false, note: '“Video” is “Webinar/Online Training/Video/Livestream” on this form.' },
  ],
  unplaced: [{ name: 'reach', label: 'Reach', value: '1234' }],
  warnings: ['Role: the form offers no option for “Author”.'],
  saved: [],
};

function setUp() {
  const handlers: PanelHandlers = { onOpen: vi.fn(), onClose: vi.fn(), onPeriod: vi.fn(), onPreview: vi.fn(), onFill: vi.fn() };
  // happy-dom's clicks are synthetic: the markup tests stand in for a person; the e2e tests use real input.
  const panel = createPanel(document, handlers, { trusted: () => true });
  const root = document.querySelector('contribution-tracker-portal')!.shadowRoot!;
  const button = (name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === name)!;
  return { handlers, panel, root, button };
}

afterEach(() => document.querySelector('contribution-tracker-portal')?.remove());

describe('portal panel', () => {
  it('has no launcher of its own: it opens into the item list, and Escape or Close hands it back to the page', () => {
    const { handlers, panel, root, button } = setUp();
    expect([...root.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Close', 'Preview', 'Fill the form']);
    expect(root.querySelector('section')!.hidden).toBe(true);
    panel.open();
    expect(handlers.onOpen).toHaveBeenCalledTimes(1);
    expect(root.querySelector('section')!.hidden).toBe(false);
    expect(root.activeElement).toBe(root.querySelector('#ct-item'));
    root.querySelector('#ct-item')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(root.querySelector('section')!.hidden).toBe(true);
    expect(handlers.onClose).toHaveBeenCalledTimes(1);
    panel.open();
    expect(handlers.onOpen).toHaveBeenCalledTimes(2);
    button('Close').click();
    expect(root.querySelector('section')!.hidden).toBe(true);
    expect(handlers.onClose).toHaveBeenCalledTimes(2);
  });

  it('shows page-derived and stored text as text, never as markup', () => {
    const { panel, root } = setUp();
    panel.showItems(items);
    panel.showPlan(plan);
    expect(root.querySelector('img, b')).toBeNull();
    expect(root.querySelector('#ct-item option')!.textContent).toBe('<img src=x onerror=alert(1)> Private endpoints');
    expect(root.textContent).toContain('<b>Private endpoints</b>');
    expect(root.querySelector('[aria-label="Not on this form (copy by hand)"]')!.textContent).toContain('Reach1234');
    expect(root.querySelector('[aria-label="Check first"]')!.textContent).toBe('Role: the form offers no option for “Author”.');
  });

  it('passes the fields the user ticked for replacing, and only those', () => {
    const { handlers, panel, root, button } = setUp();
    panel.showItems(items, 'b1');
    panel.showPlan(plan);
    const boxes = root.querySelectorAll<HTMLInputElement>('input[type=checkbox]');
    // Only the field that holds something else asks.
    expect(boxes).toHaveLength(1);
    expect(boxes[0]!.parentElement!.textContent).toBe(' Replace what is in “Title”');
    button('Fill the form').click();
    expect(handlers.onFill).toHaveBeenLastCalledWith('b1', new Set());
    boxes[0]!.click();
    button('Fill the form').click();
    expect(handlers.onFill).toHaveBeenLastCalledWith('b1', new Set(['f0']));
  });

  it('says when nothing is left to fill and disables the buttons', () => {
    const { panel, root, button } = setUp();
    panel.showItems({ ...items, items: [] });
    expect(button('Fill the form').disabled).toBe(true);
    expect(root.querySelector('[role=status]')!.textContent).toBe('Nothing left to fill for Microsoft MVP in this period: entries already submitted are left out.');
  });
});

describe('portal panel: only a person opens or fills it', () => {
  it('ignores synthetic clicks and keys on its Close and Fill buttons', () => {
    const handlers: PanelHandlers = { onOpen: vi.fn(), onClose: vi.fn(), onPeriod: vi.fn(), onPreview: vi.fn(), onFill: vi.fn() };
    const panel = createPanel(document, handlers);
    const root = document.querySelector('contribution-tracker-portal')!.shadowRoot!;
    const button = (name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === name)!;
    panel.open();
    panel.showItems(items);
    button('Fill the form').click();
    expect(handlers.onFill).not.toHaveBeenCalled();
    button('Close').click();
    root.querySelector('#ct-item')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(handlers.onClose).not.toHaveBeenCalled();
    expect(root.querySelector('section')!.hidden).toBe(false);
  });
});

describe('portal panel in German', () => {
  it('words its controls, headings, report and empty state in the browser’s language', () => {
    serveLocale('de');
    const { panel, root, button } = setUp();
    expect(root.querySelector('h2')!.textContent).toBe('Dieses Formular ausfüllen');
    panel.showItems(items);
    expect(root.querySelector('h2')!.textContent).toBe('Formular für Microsoft MVP ausfüllen');
    expect([button('Schließen'), button('Vorschau'), button('Formular ausfüllen')].every(Boolean)).toBe(true);
    expect([...root.querySelectorAll('label.pick')].map((label) => label.firstChild!.textContent)).toEqual(['Zeitraum', 'Ausfüllen mit']);
    panel.showPlan(plan);
    expect([...root.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(['Zuerst prüfen', 'Vorgesehene Werte', 'Nicht in diesem Formular (von Hand kopieren)']);
    expect(root.querySelector('label.note')!.textContent).toBe(' Inhalt von „Title“ ersetzen');
    panel.showPlan(plan, [
      { key: 'f0', label: 'Title', status: 'kept' },
      { key: 'f1', label: 'Activity type', status: 'failed', detail: 'Webinar' },
    ]);
    expect([...root.querySelectorAll('h3')].map((h) => h.textContent)).toContain('Bericht');
    expect([...root.querySelectorAll('[class*="status-"]')].map((note) => note.textContent)).toEqual(['Ihr Text wurde behalten', 'nicht ausgefüllt: Webinar']);
    panel.showItems({ ...items, items: [] });
    expect(root.querySelector('[role=status]')!.textContent).toBe('Für Microsoft MVP ist in diesem Zeitraum nichts mehr auszufüllen: bereits eingereichte Einträge bleiben außen vor.');
  });
});
