import type { Page } from 'playwright-core';
import { BUDGETS } from '../budgets';
import { neutralPage, sleep, stopWorker, withBrowser } from '../browser';
import { ANSWER_ID, QUESTION_HTML, SUPPORTED_URL } from '../question-page';
import { judged, ms, type Row } from '../report';
import { summarize } from '../stats';
import { saveButtons, toastText } from '../../tests/e2e/our-ui';

const GROUP = 'Capture';
/** What the page shows once the background has stored the entry and answered. */
const SAVED = 'Saved to your contributions';

export interface CapturePlan {
  warm: number;
  cold: number;
}

/**
 * The real question page with its first answer repeated under new numbers (popular questions have
 * dozens of answers), so every click saves a new entry and all samples come from one page load.
 */
function pageWithAnswers(count: number): { html: string; ids: string[] } {
  const start = QUESTION_HTML.indexOf(`<a name="${ANSWER_ID}"></a>`);
  const end = QUESTION_HTML.indexOf('<a name=', start + 1);
  const block = QUESTION_HTML.slice(start, end);
  const ids = Array.from({ length: count }, (_, i) => String(90_000_000 + i));
  const copies = ids.map((id) => block.replaceAll(ANSWER_ID, id)).join('\n');
  return { html: QUESTION_HTML.slice(0, end) + copies + QUESTION_HTML.slice(end), ids };
}

/**
 * Installed before the page's scripts: notes when each click reaches the page and when the
 * extension's confirmation appears (its toast's host element; its text is in a closed shadow root,
 * read afterwards through DevTools). The toast is shown only after the background answered, and it
 * answers after the entry is stored: click → toast is click → stored, plus the reply's way back.
 */
function watchSaves(toastTag: string) {
  const marks: { clickAt?: number; savedAt?: number } = {};
  (window as unknown as { __ctSave: typeof marks }).__ctSave = marks;
  addEventListener(
    'click',
    () => {
      marks.clickAt = performance.now();
      marks.savedAt = undefined;
    },
    true,
  );
  new MutationObserver((records) => {
    for (const node of records.flatMap((record) => [...record.addedNodes])) {
      const toast = node instanceof Element && node.localName === toastTag;
      if (marks.clickAt !== undefined && marks.savedAt === undefined && toast) marks.savedAt = performance.now();
    }
  }).observe(document, { childList: true, subtree: true });
}

async function save(page: Page, answerId: string): Promise<number> {
  await saveButtons(page, `#answer-${answerId}`).click();
  await page.waitForFunction(() => (window as unknown as { __ctSave: { savedAt?: number } }).__ctSave.savedAt !== undefined, undefined, { timeout: 15_000 });
  const marks = await page.evaluate(() => (window as unknown as { __ctSave: { clickAt: number; savedAt: number } }).__ctSave);
  const said = await toastText(page);
  if (!said.includes(SAVED)) throw new Error(`the capture was not stored: the page said "${said}"`);
  await sleep(100); // not back to back: a reader saves one answer, then reads on
  return marks.savedAt - marks.clickAt;
}

/** One-click "Save answer": with the background warm, then with its worker stopped before each click. */
export async function capture(plan: CapturePlan): Promise<Row[]> {
  return withBrowser(async (h) => {
    const { html, ids } = pageWithAnswers(1 + plan.warm + plan.cold);
    await h.serve(SUPPORTED_URL, html);
    const control = await neutralPage(h);
    const page = await h.context.newPage();
    await page.addInitScript(watchSaves, 'contribution-tracker-toast');
    await page.goto(SUPPORTED_URL);
    await saveButtons(page, `#answer-${ids.at(-1)}`).waitFor();
    await save(page, ids[0]!); // wakes the worker and opens the database: the next ones are warm
    const warm: number[] = [];
    for (const id of ids.slice(1, 1 + plan.warm)) warm.push(await save(page, id));
    const cold: number[] = [];
    for (const id of ids.slice(1 + plan.warm)) {
      await stopWorker(h, control);
      cold.push(await save(page, id));
    }
    const stored = await control.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('contribution-tracker');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const count = open.result.transaction('contributions').objectStore('contributions').count();
            count.onsuccess = () => resolve(count.result);
          };
        }),
    );
    if (stored !== ids.length) throw new Error(`${stored} entries stored after ${ids.length} saves`);
    const row = (label: string, samples: number[], budget: typeof BUDGETS.captureWarm) => {
      const summary = summarize(samples);
      return judged(GROUP, label, summary.p95, budget, `p95 ${ms(summary.p95)}, median ${ms(summary.median)} (n=${summary.n})`, { summary, samples });
    };
    return [
      row('click → stored, warm background', warm, BUDGETS.captureWarm),
      row('click → stored, cold background (worker stopped)', cold, BUDGETS.captureCold),
    ];
  });
}
