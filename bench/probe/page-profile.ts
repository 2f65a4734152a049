/**
 * Where a content script's time on a page load goes, per family (bench/pages.ts): our outermost
 * script events by CPU time (evaluation, and each callback by function and position), the trace
 * events nested in them (compile, style, IPC…) and, with PROFILE_SAMPLES=1, a sampled CPU profile of
 * our functions by self time (the sampling slows the page: compare totals only without it).
 * Diagnosis, not a budget: `[PROFILE_LOADS=5] npx tsx bench/probe/page-profile.ts [family…]`.
 */
import { withBrowser, sleep } from '../browser';
import { FAMILY_PAGES } from '../pages';
import type { TraceEvent } from '../trace';

const LOADS = Number(process.env.PROFILE_LOADS ?? 3);
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8', 'mojom', 'blink', 'disabled-by-default-v8.compile'].join(',');

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

const add = (map: Map<string, number>, key: string, value: number) => map.set(key, (map.get(key) ?? 0) + value);
const top = (map: Map<string, number>, n: number) =>
  [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([key, value]) => `    ${(value / LOADS).toFixed(2).padStart(6)} ms  ${key}`)
    .join('\n');

const wanted = process.argv.slice(2);
await withBrowser(async (h) => {
  const origin = `chrome-extension://${h.extensionId}/`;
  for (const target of FAMILY_PAGES.filter((page) => !wanted.length || wanted.includes(page.family))) {
    await h.serve(target.url, target.html);
    const selfByFunction = new Map<string, number>();
    const nested = new Map<string, number>();
    const outer = new Map<string, number>();
    const unseen = new Map<string, number>();
    for (let round = 0; round < LOADS + 1; round += 1) {
      const page = await h.context.newPage();
      const cdp = await h.context.newCDPSession(page);
      const events: TraceEvent[] = [];
      cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
      const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      const sampling = process.env.PROFILE_SAMPLES === '1';
      if (sampling) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
        await cdp.send('Profiler.start');
      }
      await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
      await page.goto(target.url, { waitUntil: 'load' });
      await sleep(700);
      const { profile } = sampling
        ? ((await cdp.send('Profiler.stop')) as unknown as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number } })
        : { profile: { nodes: [], samples: [], timeDeltas: [], startTime: 0 } };
      await cdp.send('Tracing.end');
      await complete;
      await page.close();
      if (round === 0) continue;
      const byId = new Map(profile.nodes.map((node) => [node.id, node]));
      profile.samples.forEach((id, i) => {
        const node = byId.get(id)!;
        const delta = (profile.timeDeltas[i + 1] ?? 0) / 1000;
        if (node.callFrame.url.startsWith(origin)) {
          add(selfByFunction, `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.slice(origin.length)}:${node.callFrame.columnNumber}`, delta);
        }
      });
      const ours = events.filter((event) => event.ph === 'X' && ['EvaluateScript', 'FunctionCall', 'v8.compile'].includes(event.name) && event.args?.data?.url?.startsWith(origin));
      const first = ours[0];
      if (!first) continue;
      const sorted = ours.filter((event) => event.pid === first.pid && event.tid === first.tid).sort((a, b) => a.ts - b.ts);
      const outermost: TraceEvent[] = [];
      for (const event of sorted) {
        const last = outermost[outermost.length - 1];
        if (last && event.ts < last.ts + (last.dur ?? 0)) continue;
        outermost.push(event);
      }
      // Samples with any of our frames on the stack but outside every script event: promise continuations.
      const parent = new Map<number, number>();
      for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
      const oursOnStack = (id: number | undefined): boolean => {
        for (let at = id; at !== undefined; at = parent.get(at)) if (byId.get(at)!.callFrame.url.startsWith(origin)) return true;
        return false;
      };
      let time = profile.startTime;
      profile.samples.forEach((id, i) => {
        time += profile.timeDeltas[i] ?? 0;
        if (!oursOnStack(id)) return;
        const seen = outermost.some((o) => time >= o.ts && time < o.ts + (o.dur ?? 0));
        add(unseen, seen ? 'inside our script events' : 'outside them (continuations)', (profile.timeDeltas[i + 1] ?? 0) / 1000);
      });
      for (const o of outermost) {
        const data = o.args?.data as { functionName?: string; lineNumber?: number; columnNumber?: number } | undefined;
        add(outer, `${o.name} ${data?.functionName ?? ''}@${data?.lineNumber ?? ''}:${data?.columnNumber ?? ''}`, (o.tdur ?? o.dur ?? 0) / 1000);
      }
      for (const event of events) {
        if (event.ph !== 'X' || event.pid !== first.pid || event.tid !== first.tid) continue;
        const inside = outermost.find((o) => event.ts >= o.ts && event.ts < o.ts + (o.dur ?? 0) && event !== o);
        if (inside) add(nested, `${event.name} (in ${inside.name})`, (event.tdur ?? event.dur ?? 0) / 1000);
      }
    }
    console.log(`\n${target.family}  (${target.url}), mean of ${LOADS} loads`);
    console.log(`  total own CPU ${([...outer.values()].reduce((a, b) => a + b, 0) / LOADS).toFixed(2)} ms per load`);
    console.log('  our outermost script events (CPU):\n' + top(outer, 30));
    console.log('  nested trace events (CPU, nested ones counted in each parent):\n' + top(nested, 25));
    console.log('  our functions by self time (sampled):\n' + top(selfByFunction, 25));
    console.log('  samples with our code on the stack (inclusive):\n' + top(unseen, 2));
  }
});
