import type { Page } from 'playwright-core';
import type { Harness } from '../../tests/e2e/harness';
import { BUDGETS } from '../budgets';
import { neutralPage, sleep, stopWorker, withBrowser } from '../browser';
import { ANSWER_ID, QUESTION_HTML, SUPPORTED_URL } from '../pages';
import { judged, ms, type Row } from '../report';
import { summarize } from '../stats';

const GROUP = 'Capture';
/** What the page shows once the background has stored the entry and answered. */
const SAVED = 'Saved to your contributions';

export interface CapturePlan {
  warm: number;
  cold: number;
}

/**
 * Installed before the page's scripts: notes when the click reaches the page and when the
 * extension's confirmation appears (its toast, in an open shadow root). The toast is shown only
 * after the background answered, and it answers after the entry is stored: click → toast is
 * click → stored, plus the reply's way back.
 */
function watchSave(saved: string) {
  const marks: { clickAt?: number; savedAt?: number; text?: string } = {};
  (window as unknown as { __ctSave: typeof marks }).__ctSave = marks;
  addEventListener('click', () => (marks.clickAt ??= performance.now()), true);
  new MutationObserver((records) => {
    for (const node of records.flatMap((record) => [...record.addedNodes])) {
      const text = node instanceof Element ? node.shadowRoot?.textContent ?? '' : '';
      if (marks.savedAt === undefined && text.includes(saved)) {
        marks.savedAt = performance.now();
        marks.text = text;
      }
    }
  }).observe(document, { childList: true, subtree: true });
}

/** A question page where the first answer has a number of its own, so each save creates an entry. */
let answerNumber = 0;

async function saveOnce(h: Harness, beforeClick: () => Promise<void>): Promise<number> {
  answerNumber += 1;
  const page: Page = await h.context.newPage();
  try {
    await page.addInitScript(watchSave, SAVED);
    await page.goto(`${SUPPORTED_URL}?answer=${answerNumber}`);
    const button = page.getByRole('button', { name: 'Save answer' }).first();
    await button.waitFor();
    await sleep(150); // the page has settled, as when a reader decides to save
    await beforeClick();
    await button.click();
    await page.waitForFunction(() => (window as unknown as { __ctSave: { savedAt?: number } }).__ctSave.savedAt !== undefined, undefined, { timeout: 15_000 });
    const marks = await page.evaluate(() => (window as unknown as { __ctSave: { clickAt: number; savedAt: number } }).__ctSave);
    return marks.savedAt - marks.clickAt;
  } finally {
    await page.close();
  }
}

/** One-click "Save answer" on the real question page: warm background, then stopped before each click. */
export async function capture(plan: CapturePlan): Promise<Row[]> {
  return withBrowser(async (h) => {
    await h.serve(`${SUPPORTED_URL}?answer=*`, (route) => {
      const n = new URL(route.request().url()).searchParams.get('answer') ?? '0';
      return route.fulfill({ contentType: 'text/html; charset=utf-8', body: QUESTION_HTML.replaceAll(ANSWER_ID, `9${n.padStart(7, '0')}`) });
    });
    const control = await neutralPage(h);
    const nothing = async () => {};
    await saveOnce(h, nothing); // wakes the worker and opens the database: the next ones are warm
    const warm: number[] = [];
    for (let i = 0; i < plan.warm; i += 1) warm.push(await saveOnce(h, nothing));
    const cold: number[] = [];
    for (let i = 0; i < plan.cold; i += 1) cold.push(await saveOnce(h, () => stopWorker(h, control)));
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
    const expected = 1 + plan.warm + plan.cold;
    if (stored !== expected) throw new Error(`${stored} entries stored after ${expected} saves`);
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
