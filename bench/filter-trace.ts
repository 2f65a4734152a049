/**
 * `npx tsx bench/filter-trace.ts [filters]`: where the popup's filter time goes. Opens the built popup
 * over 10,000 entries this year, waits for its first rows, then times the bench's filter (the same
 * script as measures/popup.ts) under a browser-wide trace and prints, from the moment the word is
 * set, the popup's main-thread tasks ≥ 2 ms and its IndexedDB requests. A tool for looking, not a
 * measure: the bench keeps the numbers.
 */
import { seededYearPage, withBrowser } from './browser';
import { FILTER_WORD } from './dataset';
import { open, timeFilter } from './measures/popup';
import type { TraceEvent } from './trace';

interface Event extends TraceEvent {
  cat: string;
  args?: { data?: { url?: string; documentLoaderURL?: string } };
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'IndexedDB', 'navigation', 'toplevel'];
/**
 * Evaluated in the popup once its rows show: notes each IndexedDB batch read from then on (which
 * store or index, when it was sent, when its result came, when its handler and the microtasks it
 * started were done), so the trace's long tasks can be named.
 */
const WATCH_REQUESTS = `(() => {
  const requests = (window.__ctRequests = []);
  for (const Source of [IDBObjectStore, IDBIndex]) {
    for (const method of ['getAll', 'getAllKeys', 'openCursor', 'openKeyCursor', 'count', 'get']) {
      const original = Source.prototype[method];
      Source.prototype[method] = function (...args) {
        const request = original.apply(this, args);
        const note = { what: (this.objectStore ? this.objectStore.name + '.' : '') + this.name + '.' + method, sent: performance.now(), done: 0, handled: 0, n: 0, from: new Error().stack.split('\\n').slice(2, 12).map((line) => line.trim().replace(/\\(.*\\//, '(')).join(' < ') };
        requests.push(note);
        request.addEventListener('success', () => {
          if (note.done) return;
          note.done = performance.now();
          note.n = Array.isArray(request.result) ? request.result.length : 1;
          setTimeout(() => (note.handled = performance.now()));
        }, { capture: true });
        return request;
      };
    }
  }
  return true;
})()`;

const filters = Number(process.argv[2] ?? 3);
const round = (value: number) => Math.round(value * 10) / 10;

await withBrowser(async (h) => {
  const control = await seededYearPage(h, 10_000);
  const browser = h.context.browser()!;
  for (let i = 0; i < filters; i += 1) {
    const { popup } = await open(h, control);
    await popup.evaluate(WATCH_REQUESTS);
    await browser.startTracing(undefined, { categories: CATEGORIES });
    // The popup's clock at the filter's start, and the time it took, to place the trace's events.
    const [startedAt, took] = await popup.evaluate<[number, number]>(`(() => { const at = performance.now(); return (${timeFilter(FILTER_WORD)}).then((ms) => [at, ms]); })()`);
    const requests = await popup.evaluate<{ what: string; sent: number; done: number; handled: number; n: number; from: string }[]>('window.__ctRequests');
    await popup.close();
    const { traceEvents: events } = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: Event[] };
    const navigation = events.filter((event) => event.name === 'navigationStart' && event.args?.data?.documentLoaderURL?.includes('/popup.html')).at(-1);
    // Tracing starts after the popup's navigation: find its main thread by its IndexedDB or task events instead.
    const main = events.find((event) => event.name === 'EventDispatch' && event.pid !== undefined && event.args && JSON.stringify(event.args).includes('"type":"input"'));
    const thread = navigation ?? main;
    if (!thread) {
      console.log(`#${i + 1}: filter ${round(took)} ms; the popup's main thread is not in the trace`);
      continue;
    }
    const onMain = events.filter((event) => event.pid === thread.pid && event.tid === thread.tid && event.ph === 'X');
    const input = onMain.find((event) => event.name === 'EventDispatch' && JSON.stringify(event.args).includes('"type":"input"')) ?? onMain[0]!;
    const at = (ts: number) => round((ts - input.ts) / 1000);
    console.log(`\n#${i + 1}: filter ${round(took)} ms (popup clock from ${round(startedAt)} ms)`);
    console.log('IndexedDB requests (sent, result in, handler done, from the filter start; rows):\n  ' + requests.map((r) => `${r.what}: ${round(r.sent - startedAt)} → ${round(r.done - startedAt)} → ${round(r.handled - startedAt)} (${r.n})${r.n >= 1000 ? `\n    from ${r.from}` : ''}`).join('\n  '));
    const tasks = onMain.filter((event) => event.name === 'RunTask' && event.ts >= input.ts - 5000 && (event.dur ?? 0) >= 2000);
    console.log('main-thread tasks ≥ 2 ms (start from the input event, wall ms, cpu ms):\n  ' + tasks.map((event) => `${at(event.ts)} +${round((event.dur ?? 0) / 1000)} cpu ${round((event.tdur ?? 0) / 1000)}`).join('\n  '));
    const idb = events.filter((event) => event.cat.includes('IndexedDB') && event.pid === thread.pid && event.ts >= input.ts - 5000 && (event.dur ?? 0) >= 1000);
    console.log('IndexedDB events ≥ 1 ms in the popup process:\n  ' + idb.map((event) => `${at(event.ts)} ${event.name} +${round((event.dur ?? 0) / 1000)}`).join('\n  '));
    const busy = onMain.filter((event) => event.name === 'RunTask' && event.ts >= input.ts).reduce((sum, event) => sum + (event.dur ?? 0), 0);
    console.log(`main thread busy from the input event: ${round(busy / 1000)} ms of ${round(took)} ms`);
  }
});
