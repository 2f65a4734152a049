import type { Page } from 'playwright-core';
import type { Harness } from '../../tests/e2e/harness';
import { BUDGETS } from '../budgets';
import { neutralPage, withBrowser } from '../browser';
import { FILTER_WORD } from '../dataset';
import { callProbe, loadProbe } from '../probe/bundle';
import { judged, ms, notBuilt, type Row } from '../report';
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
 * Installed before the popup's scripts: notes, on the page's own clock (0 = navigation start), when
 * the shell (the first heading or main landmark) and the first entry row enter the DOM.
 */
function watchPopup(row: string) {
  const marks: { shell?: number; rows?: number } = {};
  (window as unknown as { __ctPopup: typeof marks }).__ctPopup = marks;
  const observer = new MutationObserver(() => {
    marks.shell ??= document.querySelector('h1, main, [role="main"]') ? performance.now() : undefined;
    marks.rows ??= document.querySelector(row) ? performance.now() : undefined;
    if (marks.rows !== undefined) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
}

async function open(h: Harness): Promise<{ page: Page; shell: number; rows: number }> {
  const page = await h.context.newPage();
  await page.addInitScript(watchPopup, ROW);
  await page.goto(`chrome-extension://${h.extensionId}/popup.html`);
  await page.waitForFunction(() => (window as unknown as { __ctPopup: { rows?: number } }).__ctPopup.rows !== undefined, undefined, { timeout: 30_000 });
  const marks = await page.evaluate(() => (window as unknown as { __ctPopup: { shell: number; rows: number } }).__ctPopup);
  return { page, ...marks };
}

/** The popup's filter, found the way a user finds it: a search or text box named for filtering. */
function filterBox(page: Page) {
  const name = /filter|search|find/i;
  return page.getByRole('searchbox', { name }).or(page.getByRole('textbox', { name })).first();
}

/**
 * Types the filter word and waits until every row of the filtered list carries it, on the page's
 * own clock; the list is the one in the filter box's nearest surrounding element that holds rows.
 * The value goes through the native setter and an input event, as typing does, so React sees it.
 */
async function timeFilter(page: Page): Promise<number> {
  const box = await filterBox(page).elementHandle();
  if (!box) throw new Error('the filter box went away');
  return box.evaluate(
    (input, { word, row }) =>
      new Promise<number>((resolve, reject) => {
        let scope: Element | null = input.parentElement;
        while (scope && !scope.querySelector(row)) scope = scope.parentElement;
        if (!scope) return reject(new Error('no entry rows around the filter box'));
        const list = scope;
        const start = performance.now();
        // No named inner functions here: the runner (tsx) would wrap them in a helper the page lacks.
        const observer = new MutationObserver(() => {
          const rows = [...list.querySelectorAll(row)].map((link) => link.closest('li, [role="listitem"], [role="row"]')!);
          if (rows.length > 0 && rows.every((shown) => shown.textContent!.includes(word))) {
            observer.disconnect();
            resolve(performance.now() - start);
          }
        });
        observer.observe(list, { childList: true, subtree: true, characterData: true });
        setTimeout(() => {
          observer.disconnect();
          reject(new Error('the list never showed only matching entries'));
        }, 10_000);
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
        setter.call(input, word);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    { word: FILTER_WORD, row: ROW },
  );
}

/** Opens the popup (as a tab) over a database of this year's entries. */
export async function popup(plan: PopupPlan): Promise<Row[]> {
  return withBrowser(async (h) => {
    const year = new Date().getFullYear();
    const control = await neutralPage(h);
    // The probe is built from the same source as the extension: it creates the database at the same version.
    await loadProbe(control);
    await callProbe(control, 'seed', plan.entries, `${year}-01-01T00:00:00.000Z`, new Date().toISOString());
    const shell: number[] = [];
    const rows: number[] = [];
    const filters: number[] = [];
    let hasFilter = false;
    for (let i = 0; i < Math.max(plan.opens, plan.filters); i += 1) {
      const opened = await open(h);
      if (i < plan.opens) {
        shell.push(opened.shell);
        rows.push(opened.rows);
      }
      hasFilter = (await filterBox(opened.page).count()) > 0;
      if (hasFilter && i < plan.filters) filters.push(await timeFilter(opened.page));
      await opened.page.close();
    }
    const row = (label: string, samples: number[], budget: typeof BUDGETS.popupShell) => {
      const summary = summarize(samples);
      return judged(GROUP, label, summary.median, budget, `${ms(summary.median)} median, p95 ${ms(summary.p95)} (n=${summary.n})`, { summary, samples });
    };
    const entries = plan.entries.toLocaleString('en');
    return [
      row(`open → shell, ${entries} entries this year`, shell, BUDGETS.popupShell),
      row(`open → first rows, ${entries} entries this year`, rows, BUDGETS.popupFirstRows),
      hasFilter
        ? row(`filter “${FILTER_WORD}” → matching rows`, filters, BUDGETS.popupFilter)
        : notBuilt(GROUP, 'filter → matching rows', 'a filter box in the popup', BUDGETS.popupFilter),
    ];
  });
}
