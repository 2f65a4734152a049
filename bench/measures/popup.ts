import type { Page } from 'playwright-core';
import type { Harness } from '../../tests/e2e/harness';
import { BUDGETS } from '../budgets';
import { neutralPage, seededYearPage, sleep, triggerPopup, withBrowser, type PopupView } from '../browser';
import { buildNoopExtension } from '../noop-extension';
import { FILTER_WORD } from '../dataset';
import { info, judged, ms, notBuilt, type Row } from '../report';
import { summarize } from '../stats';

const GROUP = 'Popup';

export interface PopupPlan {
  entries: number;
  opens: number;
  filters: number;
}

/** An entry row: a list item (or ARIA row) holding the entry's web link; count lists have no links. */
const ROW = ':is(li, [role="listitem"], [role="row"]) a[href^="http"]';

/**
 * Evaluated in the popup's document before its scripts run (see triggerPopup): notes, on the page's
 * own clock (0 = navigation start), when the first entry row enters the DOM and when the frame that
 * shows it has been drawn (the task after the next animation frame). `late` says the rows were
 * there before the watch began, which would make the mark meaningless.
 */
const watchPopup = `(() => {
  if (window.__ctPopup) return true;
  const row = ${JSON.stringify(ROW)};
  const marks = { late: document.querySelector(row) !== null };
  window.__ctPopup = marks;
  window.__ctPopupRows = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector(row)) return;
      observer.disconnect();
      marks.rowsInDom = performance.now();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          marks.rows = performance.now();
          resolve(marks);
        };
        channel.port2.postMessage(0);
      });
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  return true;
})()`;

interface Marks {
  late: boolean;
  rows: number;
  /** First contentful paint: the shell, the page's first content. */
  shell?: number;
}

/**
 * The first contentful paint's time on the page's clock. Chromium records the paint entry once the
 * frame is presented, which can be after the task that follows the rows' frame when that frame is
 * also the page's first (rows read without waiting for Dexie): so it is awaited, for a few seconds at most.
 */
const FIRST_PAINT = `new Promise((resolve) => {
  const paint = () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
  const done = () => {
    observer.disconnect();
    resolve(paint());
  };
  const observer = new PerformanceObserver(() => paint() !== undefined && done());
  observer.observe({ type: 'paint', buffered: true });
  if (paint() !== undefined) done();
  else setTimeout(done, 5000);
})`;
/** The marks with the first contentful paint's time. */
const withPaint = `${FIRST_PAINT}.then((shell) => ({ ...marks, shell }))`;

/**
 * The floor under the shell: a no-op extension's static popup (bench/noop-extension.ts), opened the
 * same way, to its first contentful paint. What Chromium itself takes to make and show a popup.
 */
const NOOP_MATCH = 'https://popup-floor.invalid/*';

async function staticPopupPaints(opens: number): Promise<number[]> {
  return withBrowser(async (h) => {
    const tab = await neutralPage(h);
    const paints: number[] = [];
    for (let i = 0; i < opens; i += 1) {
      const view = await triggerPopup(h, tab, 'true');
      const paint = await view.evaluate<number | undefined>(FIRST_PAINT);
      if (paint === undefined) throw new Error('the static popup reported no first contentful paint');
      paints.push(paint);
      await view.close();
    }
    return paints;
  }, buildNoopExtension([NOOP_MATCH]));
}

export async function open(h: Harness, tab: Page): Promise<{ popup: PopupView; shell: number; rows: number }> {
  const popup = await triggerPopup(h, tab, watchPopup);
  const marks = await Promise.race([
    popup.evaluate<Marks>(`window.__ctPopupRows.then((marks) => ${withPaint})`),
    sleep(30_000).then(() => Promise.reject(new Error('the popup showed no entry rows'))),
  ]);
  if (marks.late) throw new Error('the popup showed its rows before the bench could watch it');
  if (marks.shell === undefined) throw new Error('the popup reported no first contentful paint');
  return { popup, shell: marks.shell, rows: marks.rows };
}

/** The popup's filter, found the way a user finds it: a search or text box named for filtering. */
const FILTER_BOX = `[...document.querySelectorAll('input[type="search"], input[type="text"], input:not([type])')].find((input) =>
  /filter|search|find/i.test(input.getAttribute('aria-label') ?? input.labels?.[0]?.textContent ?? ''))`;

/**
 * Types the filter word and waits until every row of the filtered list carries it and that frame is
 * drawn, on the page's own clock; the list is the one in the filter box's nearest surrounding
 * element that holds rows. As a user's click does, the box gets the focus first, in the same
 * instant here; the value goes through the native setter and an input event, as typing does, so
 * React sees it.
 */
export const timeFilter = (word: string) => `new Promise((resolve, reject) => {
  const input = ${FILTER_BOX};
  const row = ${JSON.stringify(ROW)};
  const word = ${JSON.stringify(word)};
  let scope = input.parentElement;
  while (scope && !scope.querySelector(row)) scope = scope.parentElement;
  if (!scope) return reject(new Error('no entry rows around the filter box'));
  const list = scope;
  const start = performance.now();
  input.focus();
  const observer = new MutationObserver(() => {
    const rows = [...list.querySelectorAll(row)].map((link) => link.closest('li, [role="listitem"], [role="row"]'));
    if (rows.length === 0 || !rows.every((shown) => shown.textContent.includes(word))) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now() - start);
      channel.port2.postMessage(0);
    });
  });
  observer.observe(list, { childList: true, subtree: true, characterData: true });
  setTimeout(() => {
    observer.disconnect();
    reject(new Error('the list never showed only matching entries'));
  }, 10_000);
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  setter.call(input, word);
  input.dispatchEvent(new Event('input', { bubbles: true }));
})`;

/** Opens our popup (its toolbar button pressed) over a database of this year's entries, then the static floor's. */
export async function popup(plan: PopupPlan): Promise<Row[]> {
  const measured = await ours(plan);
  // In a browser of its own, after ours: one browser at a time on the machine.
  const floor = summarize(await staticPopupPaints(plan.opens));
  const row = (label: string, samples: number[], budget: typeof BUDGETS.popupShell) => {
    const summary = summarize(samples);
    return judged(GROUP, label, summary.median, budget, `${ms(summary.median)} median, p95 ${ms(summary.p95)} (n=${summary.n})`, { summary, samples });
  };
  const entries = plan.entries.toLocaleString('en');
  const shell = summarize(measured.shell).median;
  return [
    row(`open → shell, ${entries} entries this year`, measured.shell, BUDGETS.popupShell),
    info(GROUP, 'floor: a static popup’s first paint (no-op extension)', `${ms(floor.median)} median, p95 ${ms(floor.p95)} (n=${floor.n}); the shell ${ms(shell - floor.median)} above it`, floor),
    row(`open → first rows, ${entries} entries this year`, measured.rows, BUDGETS.popupFirstRows),
    measured.filters
      ? row(`filter “${FILTER_WORD}” → matching rows`, measured.filters, BUDGETS.popupFilter)
      : notBuilt(GROUP, 'filter → matching rows', 'a filter box in the popup', BUDGETS.popupFilter),
  ];
}

/** Our popup's shell and first rows per open, and its filter's times (undefined: no filter box). */
async function ours(plan: PopupPlan): Promise<{ shell: number[]; rows: number[]; filters?: number[] }> {
  return withBrowser(async (h) => {
    const control = await seededYearPage(h, plan.entries);
    const shell: number[] = [];
    const rows: number[] = [];
    const filters: number[] = [];
    let hasFilter = false;
    for (let i = 0; i < Math.max(plan.opens, plan.filters); i += 1) {
      const opened = await open(h, control);
      if (i < plan.opens) {
        shell.push(opened.shell);
        rows.push(opened.rows);
      }
      hasFilter = await opened.popup.evaluate<boolean>(`(${FILTER_BOX}) !== undefined`);
      if (hasFilter && i < plan.filters) filters.push(await opened.popup.evaluate<number>(timeFilter(FILTER_WORD)));
      await opened.popup.close();
    }
    return { shell, rows, filters: hasFilter ? filters : undefined };
  });
}
