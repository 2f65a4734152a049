import type { Harness } from '../../tests/e2e/harness';
import { BUDGETS } from '../budgets';
import { sleep, withBrowser } from '../browser';
import { QUESTION_HTML, SUPPORTED_URL, UNSUPPORTED_URL } from '../question-page';
import { info, judged, ms, type Row } from '../report';
import { pairedDifferences, summarize } from '../stats';
import { analyzePageLoad, type TraceEvent } from '../trace';

const GROUP = 'Page cost';
/** After the load event: the content script runs at document_idle and scans 150 ms later. */
const SETTLE_MS = 500;
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'].join(',');

export interface PageCostPlan {
  /** Loads per side (with and without the content script), alternating. */
  loads: number;
  warmup: number;
  /** Traced loads with the content script, for long tasks and the script's own time. */
  traced: number;
}

interface Load {
  scriptMs: number;
  taskMs: number;
  longTasks: number;
}

/** The Long Tasks API, as a page sees it: installed before the page's own scripts run. */
function observeLongTasks() {
  const seen: number[] = [];
  (window as unknown as { __ctLongTasks: number[] }).__ctLongTasks = seen;
  new PerformanceObserver((list) => list.getEntries().forEach((entry) => seen.push(entry.duration))).observe({ type: 'longtask', buffered: true });
}

/** One load in a new tab; `supported` says whether the content script must (or must not) have run. */
async function load(h: Harness, url: string, supported: boolean): Promise<Load> {
  const page = await h.context.newPage();
  try {
    await page.addInitScript(observeLongTasks);
    const cdp = await h.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load' });
    // Waiting on this side: anything evaluated in the page now would be counted as its script time.
    await sleep(SETTLE_MS);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string) => (metrics.find((entry) => entry.name === name)?.value ?? Number.NaN) * 1000;
    const longTasks = await page.evaluate(() => (window as unknown as { __ctLongTasks: number[] }).__ctLongTasks.length);
    const saveButtons = page.getByRole('button', { name: /^Save/ });
    if (supported) await saveButtons.first().waitFor({ timeout: 10_000 }).catch(() => Promise.reject(new Error('the content script did not run on the supported page')));
    else if ((await saveButtons.count()) > 0) throw new Error('the content script ran on the unsupported page');
    return { scriptMs: metric('ScriptDuration'), taskMs: metric('TaskDuration'), longTasks };
  } finally {
    await page.close();
  }
}

async function tracedLoad(h: Harness, url: string) {
  const page = await h.context.newPage();
  try {
    const cdp = await h.context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReportEvents' });
    await page.goto(url, { waitUntil: 'load' });
    await sleep(SETTLE_MS);
    // The trace attributes by script URL, so the test's own queries in the page do not count.
    await page.getByRole('button', { name: /^Save/ }).first().waitFor({ timeout: 10_000 });
    await cdp.send('Tracing.end');
    await complete;
    const trace = analyzePageLoad(events, `chrome-extension://${h.extensionId}/`);
    if (!trace) throw new Error('the trace shows no extension script on the supported page');
    return trace;
  } finally {
    await page.close();
  }
}

/**
 * The same real page loaded alternately under a host the content script matches and one it does
 * not, in one browser: the difference in the DevTools protocol's ScriptDuration and TaskDuration is
 * what the extension adds to a page load.
 */
export async function pageCost(plan: PageCostPlan): Promise<Row[]> {
  return withBrowser(async (h) => {
    await h.serve(SUPPORTED_URL, QUESTION_HTML);
    await h.serve(UNSUPPORTED_URL, QUESTION_HTML);
    const withIt: Load[] = [];
    const without: Load[] = [];
    for (let round = 0; round < plan.warmup + plan.loads; round += 1) {
      // Alternate which side goes first, so neither always follows the other.
      const order = round % 2 === 0 ? [true, false] : [false, true];
      for (const supported of order) {
        const result = await load(h, supported ? SUPPORTED_URL : UNSUPPORTED_URL, supported);
        if (round >= plan.warmup) (supported ? withIt : without).push(result);
      }
    }
    const traces = [];
    for (let i = 0; i < plan.traced; i += 1) traces.push(await tracedLoad(h, SUPPORTED_URL));

    const added = (pick: (load: Load) => number) => summarize(pairedDifferences(withIt.map(pick), without.map(pick)));
    const script = added((entry) => entry.scriptMs);
    const task = added((entry) => entry.taskMs);
    const withScript = summarize(withIt.map((entry) => entry.scriptMs));
    const withoutScript = summarize(without.map((entry) => entry.scriptMs));
    const own = summarize(traces.map((trace) => trace.extensionScriptMs));
    const evaluation = summarize(traces.map((trace) => trace.evaluateMs));
    const extensionLongTasks = traces.reduce((sum, trace) => sum + trace.extensionLongTasks, 0);
    const longest = Math.max(0, ...traces.flatMap((trace) => trace.longTasks.filter((task) => task.extensionMs > 0).map((task) => task.ms)));
    const longTasksPerLoad = (loads: Load[]) => (loads.reduce((sum, entry) => sum + entry.longTasks, 0) / loads.length).toFixed(2);
    const n = `n=${plan.loads}+${plan.loads}`;
    return [
      judged(
        GROUP,
        'added script time per load (ScriptDuration)',
        script.median,
        BUDGETS.addedScript,
        `${ms(script.median)} median, IQR ${ms(script.p25)}–${ms(script.p75)} (with ${ms(withScript.median)}, without ${ms(withoutScript.median)}; ${n})`,
        { added: script, with: withScript, without: withoutScript, samples: { with: withIt, without } },
      ),
      info(GROUP, 'added task time per load (TaskDuration)', `${ms(task.median)} median, IQR ${ms(task.p25)}–${ms(task.p75)} (script, style, layout; ${n})`, { added: task }),
      info(GROUP, 'content script’s own JS per load (trace, CPU time)', `${ms(own.median)} median, max ${ms(own.max)}; evaluation ${ms(evaluation.median)}, the rest callbacks (n=${plan.traced})`, { own, evaluation, traces }),
      judged(
        GROUP,
        'long tasks caused by the extension (trace, CPU time)',
        extensionLongTasks,
        BUDGETS.extensionLongTasks,
        `${extensionLongTasks} in ${plan.traced} loads${longest ? `; longest task with extension work ${ms(longest)}` : ''}`,
        { traces },
      ),
      info(GROUP, 'long tasks per load (PerformanceObserver)', `with ${longTasksPerLoad(withIt)}, without ${longTasksPerLoad(without)} (${n})`),
    ];
  });
}
