import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Harness } from '../../tests/e2e/harness';
import { saveButtons } from '../../tests/e2e/our-ui';
import { BUDGETS } from '../budgets';
import { EXTENSION_DIR, sleep, withBrowser } from '../browser';
import { buildNoopExtension, NOOP_MARK } from '../noop-extension';
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

/** Whether an extension's content script ran on a page: ours adds Save buttons, the no-op a mark. */
type Ran = (page: Page) => Promise<boolean>;
const oursRan: Ran = async (page) => (await saveButtons(page).count()) > 0;
const noopRan: Ran = (page) => page.evaluate((mark) => document.documentElement.dataset[mark] === '1', NOOP_MARK);

/** One load in a new tab; `supported` says whether the content script must (or must not) have run. */
async function load(h: Harness, url: string, supported: boolean, ran: Ran): Promise<Load> {
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
    if (supported) {
      const deadline = Date.now() + 10_000;
      while (!(await ran(page))) {
        if (Date.now() > deadline) throw new Error('the content script did not run on the supported page');
        await sleep(100);
      }
    } else if (await ran(page)) throw new Error('the content script ran on the unsupported page');
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
    await saveButtons(page).first().waitFor({ timeout: 10_000 });
    await cdp.send('Tracing.end');
    await complete;
    const trace = analyzePageLoad(events, `chrome-extension://${h.extensionId}/`);
    if (!trace) throw new Error('the trace shows no extension script on the supported page');
    return trace;
  } finally {
    await page.close();
  }
}

/** The same page loaded alternately where the content script runs and where it does not, in one browser. */
async function pairedLoads(h: Harness, plan: PageCostPlan, ran: Ran) {
  await h.serve(SUPPORTED_URL, QUESTION_HTML);
  await h.serve(UNSUPPORTED_URL, QUESTION_HTML);
  const withIt: Load[] = [];
  const without: Load[] = [];
  for (let round = 0; round < plan.warmup + plan.loads; round += 1) {
    // Alternate which side goes first, so neither always follows the other.
    const order = round % 2 === 0 ? [true, false] : [false, true];
    for (const supported of order) {
      const result = await load(h, supported ? SUPPORTED_URL : UNSUPPORTED_URL, supported, ran);
      if (round >= plan.warmup) (supported ? withIt : without).push(result);
    }
  }
  return { withIt, without };
}

/** Every match pattern of our content scripts, so the no-op extension runs on the same pages. */
function ourMatches(): string[] {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { content_scripts?: { matches: string[] }[] };
  return [...new Set((manifest.content_scripts ?? []).flatMap((script) => script.matches))];
}

/**
 * The same real page loaded alternately under a host the content script matches and one it does
 * not, in one browser: the difference in the DevTools protocol's ScriptDuration and TaskDuration is
 * what the extension adds to a page load. The same is measured, in a second browser of the same run,
 * for a no-op extension on the same pages: the floor any extension with a content script pays.
 */
export async function pageCost(plan: PageCostPlan): Promise<Row[]> {
  const floor = await withBrowser((h) => pairedLoads(h, plan, noopRan), buildNoopExtension(ourMatches()));
  return withBrowser(async (h) => {
    const { withIt, without } = await pairedLoads(h, plan, oursRan);
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
    const floorScript = summarize(pairedDifferences(floor.withIt.map((entry) => entry.scriptMs), floor.without.map((entry) => entry.scriptMs)));
    const overFloor = script.median - floorScript.median;
    return [
      info(GROUP, 'no-op extension’s added script time per load (the floor)', `${ms(floorScript.median)} median, IQR ${ms(floorScript.p25)}–${ms(floorScript.p75)} (${n})`, { added: floorScript, samples: floor }),
      judged(
        GROUP,
        'added script time above the no-op floor',
        overFloor,
        BUDGETS.addedOverFloor,
        `${ms(overFloor)} (ours ${ms(script.median)} − floor ${ms(floorScript.median)}, medians; ratio ${floorScript.median > 0.1 ? `${(script.median / floorScript.median).toFixed(1)}×` : 'none, the floor is within noise of 0'})`,
        { ours: script.median, floor: floorScript.median },
      ),
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
