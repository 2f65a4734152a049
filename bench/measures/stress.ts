import type { Harness } from '../../tests/e2e/harness';
import { BUDGETS } from '../budgets';
import { sleep, withBrowser } from '../browser';
import { QUESTION_HTML, SUPPORTED_URL, UNSUPPORTED_URL, withPageScript } from '../pages';
import { info, judged, ms, type Row } from '../report';
import { summarize } from '../stats';

const GROUP = 'Stress';
const NODES = 10_000;
const BATCHES = 10;
/** Long enough for the extension's deferred scan (150 ms after the last change) to run and be counted. */
const AFTER_MS = 400;

export interface StressPlan {
  loads: number;
  warmup: number;
}

/**
 * The page's own script: a feed that appends 10,000 nodes one by one, in ten tasks, reading layout
 * after each as real pages do. It times itself from the first node to the frame after the last,
 * which includes any MutationObserver callbacks the extension runs in between.
 */
const STRESS_SCRIPT = `
window.__ctStress = () => new Promise((resolve) => {
  const feed = document.createElement('div');
  (document.getElementById('answers') || document.body).append(feed);
  const channel = new MessageChannel();
  let batch = 0;
  const start = performance.now();
  channel.port1.onmessage = () => {
    for (let i = 0; i < ${NODES / BATCHES}; i += 1) {
      const row = document.createElement('div');
      row.className = 'comment';
      row.textContent = 'Comment ' + (batch * ${NODES / BATCHES} + i);
      feed.append(row);
    }
    void feed.offsetHeight;
    batch += 1;
    if (batch < ${BATCHES}) channel.port2.postMessage(0);
    else requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
  };
  channel.port2.postMessage(0);
});`;

const PAGE = withPageScript(QUESTION_HTML, STRESS_SCRIPT);

async function run(h: Harness, url: string): Promise<{ updateMs: number; taskMs: number }> {
  const page = await h.context.newPage();
  try {
    const cdp = await h.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load' });
    await sleep(500); // the content script has started and done its first scan
    const taskMs = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? Number.NaN) * 1000;
    const before = await taskMs();
    const updateMs = await page.evaluate(() => (window as unknown as { __ctStress: () => Promise<number> }).__ctStress());
    await sleep(AFTER_MS);
    return { updateMs, taskMs: (await taskMs()) - before };
  } finally {
    await page.close();
  }
}

/** A page that adds 10,000 nodes, with the content script (observing the page) and without. */
export async function stress(plan: StressPlan): Promise<Row[]> {
  return withBrowser(async (h) => {
    await h.serve(SUPPORTED_URL, PAGE);
    await h.serve(UNSUPPORTED_URL, PAGE);
    const withIt: { updateMs: number; taskMs: number }[] = [];
    const without: { updateMs: number; taskMs: number }[] = [];
    for (let round = 0; round < plan.warmup + plan.loads; round += 1) {
      const order = round % 2 === 0 ? [true, false] : [false, true];
      for (const supported of order) {
        const result = await run(h, supported ? SUPPORTED_URL : UNSUPPORTED_URL);
        if (round >= plan.warmup) (supported ? withIt : without).push(result);
      }
    }
    const update = { with: summarize(withIt.map((r) => r.updateMs)), without: summarize(without.map((r) => r.updateMs)) };
    const task = { with: summarize(withIt.map((r) => r.taskMs)), without: summarize(without.map((r) => r.taskMs)) };
    const ratio = update.with.median / update.without.median;
    const n = `n=${plan.loads}+${plan.loads}`;
    return [
      judged(
        GROUP,
        `page's update time, ${NODES.toLocaleString('en')} nodes (ratio)`,
        ratio,
        BUDGETS.stressRatio,
        `${ratio.toFixed(2)}× (with ${ms(update.with.median)}, without ${ms(update.without.median)} median; ${n})`,
        { update, samples: { with: withIt, without } },
      ),
      info(
        GROUP,
        `main-thread time until ${AFTER_MS} ms after (TaskDuration)`,
        `with ${ms(task.with.median)}, without ${ms(task.without.median)} median (${n})`,
        { task },
      ),
    ];
  });
}
