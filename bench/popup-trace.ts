/**
 * `npx tsx bench/popup-trace.ts [opens]`: where the popup's time before its first paint and first
 * rows goes. Opens the built popup (toolbar button, 10,000 entries this year) under a browser-wide
 * trace and prints, on the popup's own clock, its main thread's work (parse, compile, evaluate,
 * style, layout, paint, tasks) and each file's fetch. A tool for looking, not a measure: the bench
 * (measures/popup.ts) keeps the numbers.
 */
import { seededYearPage, triggerPopup, withBrowser } from './browser';
import type { TraceEvent } from './trace';

interface Event extends TraceEvent {
  cat: string;
  args?: { data?: { url?: string; documentLoaderURL?: string; requestId?: string }; frame?: string };
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
  'loading',
  'navigation',
  'toplevel',
].join(',');

const opens = Number(process.argv[2] ?? 3);
const round = (value: number) => Math.round(value * 10) / 10;

/** Work on the popup's main thread, grouped: how long each kind of event ran (outermost only) before `until`. */
function breakdown(events: Event[], start: number, until: number) {
  const main = events.filter((event) => event.ph === 'X' && event.ts >= start && event.ts < until);
  const groups = new Map<string, number>();
  const add = (name: string, us: number) => groups.set(name, (groups.get(name) ?? 0) + us / 1000);
  for (const event of main) {
    const name = event.name;
    if (['ParseHTML', 'ParseAuthorStyleSheet', 'UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'Commit', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'EvaluateScript', 'FunctionCall', 'RunMicrotasks', 'TimerFire', 'FireAnimationFrame', 'EventDispatch', 'V8.GCScavenger', 'MajorGC', 'MinorGC'].includes(name)) add(name, event.dur ?? 0);
    if (name === 'RunTask') add('(all tasks)', event.dur ?? 0);
  }
  return Object.fromEntries([...groups].map(([name, value]) => [name, round(value)]));
}

await withBrowser(async (h) => {
  const control = await seededYearPage(h, 10_000);
  const browser = h.context.browser()!;
  const origin = `chrome-extension://${h.extensionId}`;
  for (let i = 0; i < opens; i += 1) {
    await browser.startTracing(undefined, { categories: CATEGORIES.split(',') });
    const popup = await triggerPopup(h, control, 'true');
    const marks = await popup.evaluate<{ fcp: number; rows: number; nav: Record<string, number>; resources: { name: string; start: number; end: number }[] }>(`new Promise((resolve) => {
      const row = ':is(li, [role="listitem"], [role="row"]) a[href^="http"]';
      const done = () => {
        const nav = performance.getEntriesByType('navigation')[0].toJSON();
        resolve({
          fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1,
          rows: performance.now(),
          nav: Object.fromEntries(Object.entries(nav).filter(([, value]) => typeof value === 'number' && value > 0)),
          resources: performance.getEntriesByType('resource').map((entry) => ({ name: entry.name.replace(/^.*\\//, ''), start: Math.round(entry.startTime), end: Math.round(entry.responseEnd) })),
        });
      };
      const poll = () => (document.querySelector(row) ? requestAnimationFrame(() => setTimeout(done)) : setTimeout(poll, 5));
      poll();
    })`);
    await popup.close();
    const buffer = await browser.stopTracing();
    const { traceEvents: events } = JSON.parse(buffer.toString()) as { traceEvents: Event[] };
    const navigation = events.find((event) => event.name === 'navigationStart' && event.args?.data?.documentLoaderURL?.startsWith(`${origin}/popup.html`));
    if (!navigation) throw new Error('no navigationStart of the popup in the trace');
    const onMain = events.filter((event) => event.pid === navigation.pid && event.tid === navigation.tid);
    const at = (ts: number) => round((ts - navigation.ts) / 1000);
    const fcpTs = navigation.ts + marks.fcp * 1000;
    const rowsTs = navigation.ts + marks.rows * 1000;
    console.log(`\n#${i + 1}: first contentful paint ${round(marks.fcp)} ms, first rows ${round(marks.rows)} ms (popup clock)`);
    console.log('navigation timing', marks.nav);
    const fetches = events.filter((event) => ['ResourceSendRequest', 'ResourceFinish'].includes(event.name) && event.ts >= navigation.ts && event.ts < rowsTs);
    const requested = new Map<string, string>();
    for (const event of fetches) if (event.args?.data?.url) requested.set(event.args.data.requestId!, event.args.data.url.replace(/^.*\//, ''));
    console.log('files (sent/finished at)', fetches.map((event) => `${event.name === 'ResourceSendRequest' ? '→' : '✓'}${requested.get(event.args?.data?.requestId ?? '') ?? '?'} ${at(event.ts)}`).join(', '));
    console.log('main thread before first paint (ms)', breakdown(onMain, navigation.ts, fcpTs));
    console.log('main thread first paint → rows (ms)', breakdown(onMain, fcpTs, rowsTs));
    const notable = onMain
      .filter((event) => event.ph === 'X' && event.ts < rowsTs && (event.dur ?? 0) >= 2000 && ['RunTask', 'ParseHTML', 'EvaluateScript', 'v8.compile', 'v8.evaluateModule', 'FunctionCall', 'Layout', 'UpdateLayoutTree', 'Paint', 'RunMicrotasks'].includes(event.name))
      .map((event) => `${at(event.ts)} ${event.name} ${round((event.dur ?? 0) / 1000)}${event.args?.data?.url ? ` ${event.args.data.url.replace(/^.*\//, '')}` : ''}`);
    console.log('main thread events ≥ 2 ms (start, name, ms):\n  ' + notable.join('\n  '));
  }
});
