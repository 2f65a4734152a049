import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Harness } from '../../tests/e2e/harness';
import { saveButtons } from '../../tests/e2e/our-ui';
import { hasContentScript } from '../../tests/e2e/sites/settle';
import { BUDGETS } from '../budgets';
import { EXTENSION_DIR, sleep, withBrowser } from '../browser';
import { buildNoopExtension } from '../noop-extension';
import { FAMILY_PAGES, type FamilyPage } from '../pages';
import { info, judged, ms, type Row } from '../report';
import { pairedDifferences, summarize } from '../stats';
import { analyzePageLoad, type PageLoadTrace, type TraceEvent } from '../trace';

const GROUP = 'Page cost';
/** After the load event: the content script runs at document_idle and places its buttons soon after. */
const SETTLE_MS = 500;
// mojom: the synchronous IPCs our script may wait on (bench/trace.ts), which CPU time does not show.
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'mojom'].join(',');

export interface PageCostPlan {
  /** Loads per side and family (where the content script runs and where it does not), alternating. */
  loads: number;
  /** Rounds per family before the counted ones (the first load of a site compiles its pages' scripts). */
  warmup: number;
  /** Traced loads per family with the content script, for long tasks and the script's own time. */
  traced: number;
}

export interface Load {
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

/**
 * Whether the extension's content script ran on the page: its isolated world exists (read over
 * DevTools, not from the page, whose script time is being measured); on a page of posts ours must
 * also have placed its Save buttons, so the load includes that work.
 */
async function ran(h: Harness, page: Page, wantButtons: boolean): Promise<boolean> {
  if (!(await hasContentScript(page, h.extensionId))) return false;
  return !wantButtons || (await saveButtons(page).count()) > 0;
}

/** One load in a new tab; `matched` says whether the content script must (or must not) have run. */
async function load(h: Harness, url: string, matched: boolean, wantButtons: boolean): Promise<Load> {
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
    if (matched) {
      const deadline = Date.now() + 10_000;
      while (!(await ran(h, page, wantButtons))) {
        if (Date.now() > deadline) throw new Error(`the content script did not run on ${url}`);
        await sleep(100);
      }
    } else if (await hasContentScript(page, h.extensionId)) throw new Error(`a content script ran on ${url}, which should match none`);
    return { scriptMs: metric('ScriptDuration'), taskMs: metric('TaskDuration'), longTasks };
  } finally {
    await page.close();
  }
}

async function tracedLoad(h: Harness, target: FamilyPage): Promise<PageLoadTrace> {
  const page = await h.context.newPage();
  try {
    const cdp = await h.context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReportEvents' });
    await page.goto(target.url, { waitUntil: 'load' });
    await sleep(SETTLE_MS);
    // The trace attributes by script URL, so the test's own queries in the page do not count.
    if (target.saveButtons) await saveButtons(page).first().waitFor({ timeout: 10_000 });
    await cdp.send('Tracing.end');
    await complete;
    const trace = analyzePageLoad(events, `chrome-extension://${h.extensionId}/`);
    if (!trace) throw new Error(`the trace shows no extension script on ${target.url}`);
    return trace;
  } finally {
    await page.close();
  }
}

export interface Paired {
  withIt: Load[];
  without: Load[];
}

/** One page loaded alternately where the content script runs and where it does not, in one browser. */
export async function pairedLoadsOf(h: Harness, target: FamilyPage, plan: Pick<PageCostPlan, 'loads' | 'warmup'>, wantButtons: boolean): Promise<Paired> {
  await h.serve(target.url, target.html);
  await h.serve(target.unmatched, target.html);
  const paired: Paired = { withIt: [], without: [] };
  for (let round = 0; round < plan.warmup + plan.loads; round += 1) {
    // Alternate which side goes first, so neither always follows the other.
    const order = round % 2 === 0 ? [true, false] : [false, true];
    for (const matched of order) {
      const result = await load(h, matched ? target.url : target.unmatched, matched, wantButtons && target.saveButtons);
      if (round >= plan.warmup) (matched ? paired.withIt : paired.without).push(result);
    }
  }
  return paired;
}

/** Each family's page, paired as above. */
async function pairedLoads(h: Harness, plan: PageCostPlan, wantButtons: boolean): Promise<Map<string, Paired>> {
  const byFamily = new Map<string, Paired>();
  for (const target of FAMILY_PAGES) byFamily.set(target.family, await pairedLoadsOf(h, target, plan, wantButtons));
  return byFamily;
}

/** Every match pattern of our content scripts, so the no-op extension runs on the same pages. */
export function ourMatches(): string[] {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { content_scripts?: { matches: string[] }[] };
  return [...new Set((manifest.content_scripts ?? []).flatMap((script) => script.matches))];
}

export const added = (paired: Paired, pick: (load: Load) => number) => summarize(pairedDifferences(paired.withIt.map(pick), paired.without.map(pick)));

/**
 * One real page per content-script family, loaded alternately under an address the family's script
 * matches and one it does not, in one browser: the difference in the DevTools protocol's
 * ScriptDuration is what the extension adds to a page load. The same is measured, in a second
 * browser of the same run, for a no-op extension on the same pages: the floor any extension with a
 * content script pays. Ours is judged per family as its difference above that floor, and the worst family once more.
 */
export async function pageCost(plan: PageCostPlan): Promise<Row[]> {
  const floors = await withBrowser((h) => pairedLoads(h, plan, false), buildNoopExtension(ourMatches()));
  return withBrowser(async (h) => {
    const ours = await pairedLoads(h, plan, true);
    const rows: Row[] = [];
    const results: { family: string; overFloor: number; script: number; taskOverFloor: number; traces: PageLoadTrace[] }[] = [];
    for (const target of FAMILY_PAGES) {
      const paired = ours.get(target.family)!;
      const floor = added(floors.get(target.family)!, (entry) => entry.scriptMs);
      const script = added(paired, (entry) => entry.scriptMs);
      const task = added(paired, (entry) => entry.taskMs);
      const floorTask = added(floors.get(target.family)!, (entry) => entry.taskMs);
      const traces: PageLoadTrace[] = [];
      for (let i = 0; i < plan.traced; i += 1) traces.push(await tracedLoad(h, target));
      const own = summarize(traces.map((trace) => trace.extensionScriptMs));
      const evaluation = summarize(traces.map((trace) => trace.evaluateMs));
      const compile = summarize(traces.map((trace) => trace.compileMs));
      const blocked = summarize(traces.map((trace) => trace.blockedMs));
      const bundle = summarize(traces.map((trace) => trace.messageBundleMs));
      const overFloor = script.median - floor.median;
      results.push({ family: target.family, overFloor, script: script.median, taskOverFloor: task.median - floorTask.median, traces });
      rows.push(
        judged(
          GROUP,
          `${target.family}: added script time above the no-op floor`,
          overFloor,
          BUDGETS.addedOverFloor,
          `${ms(overFloor)} (ours ${ms(script.median)}, IQR ${ms(script.p25)}–${ms(script.p75)} − floor ${ms(floor.median)}; own JS ${ms(own.median)} CPU: compile ${ms(compile.median)}, rest of evaluation ${ms(evaluation.median - compile.median)}, callbacks ${ms(own.median - evaluation.median)}; waiting in it ${ms(blocked.median)}, of which i18n message bundle (sync IPC) ${ms(bundle.median)}; task time +${ms(task.median)}, floor's +${ms(floorTask.median)}; n=${plan.loads}+${plan.loads})`,
          { url: target.url, unmatched: target.unmatched, ours: script, floor, task, floorTask, own, evaluation, compile, blocked, bundle, samples: { ours: paired, floor: floors.get(target.family) }, traces },
        ),
      );
    }
    const worst = results.reduce((a, b) => (b.overFloor > a.overFloor ? b : a));
    const worstTask = results.reduce((a, b) => (b.taskOverFloor > a.taskOverFloor ? b : a));
    const traces = results.flatMap((result) => result.traces);
    const extensionLongTasks = traces.reduce((sum, trace) => sum + trace.extensionLongTasks, 0);
    const longest = Math.max(0, ...traces.flatMap((trace) => trace.longTasks.filter((entry) => entry.extensionMs > 0).map((entry) => entry.ms)));
    const longTasksPerLoad = (pick: (paired: Paired) => Load[]) => {
      const loads = [...ours.values()].flatMap(pick);
      return (loads.reduce((sum, entry) => sum + entry.longTasks, 0) / loads.length).toFixed(2);
    };
    rows.push(
      judged(GROUP, 'worst family: added script time above the no-op floor', worst.overFloor, BUDGETS.addedOverFloor, `${ms(worst.overFloor)} (${worst.family})`, { family: worst.family }),
      // ScriptDuration misses work after an awaited promise and the page's own work our UI causes; TaskDuration has both (bench/probe/page-tasks.ts).
      info(
        GROUP,
        'worst family: added task time above the no-op floor (TaskDuration)',
        `${ms(worstTask.taskOverFloor)} (${worstTask.family}); all: ${results.map((result) => `${result.family.replace(/^capture-/, '')} ${ms(result.taskOverFloor)}`).join(', ')}`,
        { byFamily: Object.fromEntries(results.map((result) => [result.family, result.taskOverFloor])) },
      ),
      judged(GROUP, 'worst family: added script time per load (ScriptDuration)', worst.script, BUDGETS.addedScript, `${ms(worst.script)} median (${worst.family})`),
      judged(
        GROUP,
        'long tasks caused by the extension (trace, CPU time)',
        extensionLongTasks,
        BUDGETS.extensionLongTasks,
        `${extensionLongTasks} in ${traces.length} loads${longest ? `; longest task with extension work ${ms(longest)}` : ''}`,
      ),
      info(GROUP, 'long tasks per load (PerformanceObserver)', `with ${longTasksPerLoad((paired) => paired.withIt)}, without ${longTasksPerLoad((paired) => paired.without)}`),
    );
    return rows;
  });
}
