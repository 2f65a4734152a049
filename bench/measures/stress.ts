import type { Harness } from '../../tests/e2e/harness';
import { saveButtons } from '../../tests/e2e/our-ui';
import { BUDGETS } from '../budgets';
import { sleep, withBrowser } from '../browser';
import { QUESTION_HTML, SUPPORTED_URL, UNSUPPORTED_URL, withPageScript } from '../question-page';
import { info, judged, ms, type Row } from '../report';
import { summarize } from '../stats';
import { cpuBetweenMarks, type TraceEvent } from '../trace';

const GROUP = 'Stress';
const NODES = 10_000;
const BATCHES = 10;
/** Long enough for the extension's deferred scan (150 ms after the last change) to run and be counted. */
const AFTER_MS = 400;
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'].join(',');

export interface StressPlan {
  loads: number;
  warmup: number;
}

/**
 * The page's own script: a feed that appends 10,000 nodes one by one, in ten tasks, reading layout
 * after each as real pages do, from one mark to another at the frame after the last node. Any
 * MutationObserver callbacks the extension runs in between fall inside the marks.
 */
const STRESS_SCRIPT = `
window.__ctStress = () => new Promise((resolve) => {
  const feed = document.createElement('div');
  (document.getElementById('answers') || document.body).append(feed);
  const channel = new MessageChannel();
  let batch = 0;
  performance.mark('ct-stress-start');
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
    else requestAnimationFrame(() => setTimeout(() => {
      performance.mark('ct-stress-end');
      resolve(performance.now() - start);
    }));
  };
  channel.port2.postMessage(0);
});`;

const PAGE = withPageScript(QUESTION_HTML, STRESS_SCRIPT);

interface Run {
  /** Main-thread CPU time of the update: what the page's work costs, whatever else the machine runs. */
  cpuMs: number;
  wallMs: number;
  /** Main-thread time from the update's start until AFTER_MS after its end (the deferred scan included). */
  taskMs: number;
}

async function run(h: Harness, url: string, supported: boolean): Promise<Run> {
  const page = await h.context.newPage();
  try {
    const cdp = await h.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load' });
    const buttons = saveButtons(page);
    if (supported) await buttons.first().waitFor({ timeout: 10_000 }); // the content script has done its first scan
    else await sleep(300);
    if (!supported && (await buttons.count()) > 0) throw new Error('the content script ran on the unsupported page');
    const taskMs = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? Number.NaN) * 1000;
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    const before = await taskMs();
    await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReportEvents' });
    const wallMs = await page.evaluate(() => (window as unknown as { __ctStress: () => Promise<number> }).__ctStress());
    await sleep(AFTER_MS);
    const after = await taskMs();
    await cdp.send('Tracing.end');
    await complete;
    const update = cpuBetweenMarks(events, 'ct-stress-start', 'ct-stress-end');
    if (!update) throw new Error('the trace lacks the stress page’s marks');
    return { cpuMs: update.cpuMs, wallMs, taskMs: after - before };
  } finally {
    await page.close();
  }
}

/** A page that adds 10,000 nodes, with the content script (observing the page) and without. */
export async function stress(plan: StressPlan): Promise<Row[]> {
  return withBrowser(async (h) => {
    await h.serve(SUPPORTED_URL, PAGE);
    await h.serve(UNSUPPORTED_URL, PAGE);
    const withIt: Run[] = [];
    const without: Run[] = [];
    for (let round = 0; round < plan.warmup + plan.loads; round += 1) {
      const order = round % 2 === 0 ? [true, false] : [false, true];
      for (const supported of order) {
        const result = await run(h, supported ? SUPPORTED_URL : UNSUPPORTED_URL, supported);
        if (round >= plan.warmup) (supported ? withIt : without).push(result);
      }
    }
    const both = (pick: (run: Run) => number) => ({ with: summarize(withIt.map(pick)), without: summarize(without.map(pick)) });
    const cpu = both((r) => r.cpuMs);
    const wall = both((r) => r.wallMs);
    const task = both((r) => r.taskMs);
    const ratio = cpu.with.median / cpu.without.median;
    const n = `n=${plan.loads}+${plan.loads}`;
    return [
      judged(
        GROUP,
        `page's update, ${NODES.toLocaleString('en')} nodes: CPU time ratio`,
        ratio,
        BUDGETS.stressRatio,
        `${ratio.toFixed(2)}× (with ${ms(cpu.with.median)}, without ${ms(cpu.without.median)} median; ${n})`,
        { cpu, samples: { with: withIt, without } },
      ),
      info(
        GROUP,
        `page's update, ${NODES.toLocaleString('en')} nodes: wall time`,
        `with ${ms(wall.with.median)}, without ${ms(wall.without.median)} median (${(wall.with.median / wall.without.median).toFixed(2)}×; ${n})`,
        { wall },
      ),
      info(GROUP, `main-thread time until ${AFTER_MS} ms after (TaskDuration)`, `with ${ms(task.with.median)}, without ${ms(task.without.median)} median (${n})`, { task }),
    ];
  });
}
