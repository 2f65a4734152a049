/**
 * What a family's page does on its main thread with our content script and without it (the same
 * markup under an address the script does not match): CPU time per trace event name, nested events
 * counted in their own row, and the difference. Finds page work our script causes outside its own
 * script events (style, layout, paint of our buttons; IPC).
 * NOOP=1 loads the no-op extension (bench/noop-extension.ts) instead of ours: the floor's own difference.
 * PAD=n adds n links in a sidebar, as real pages are far larger than our saved ones (does our cost grow with the page?).
 * Diagnosis, not a budget: `[PROFILE_LOADS=6] [PAD=5000] [NOOP=1] npx tsx bench/probe/page-tasks.ts [family…]`.
 */
import { withBrowser, sleep } from '../browser';
import { ourMatches } from '../measures/page-cost';
import { buildNoopExtension } from '../noop-extension';
import { FAMILY_PAGES } from '../pages';
import type { TraceEvent } from '../trace';

const LOADS = Number(process.env.PROFILE_LOADS ?? 6);
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink', 'mojom', 'toplevel'].join(',');

const add = (map: Map<string, number>, key: string, value: number) => map.set(key, (map.get(key) ?? 0) + value);

const PAD = Number(process.env.PAD ?? 0);
const padded = (html: string) =>
  PAD ? html.replace(/<\/body>/i, `<aside>${Array.from({ length: PAD / 2 }, (_, i) => `<div class="item"><a href="/t/${i}">Topic ${i}</a></div>`).join('')}</aside></body>`) : html;

const wanted = process.argv.slice(2);
await withBrowser(async (h) => {
  for (const target of FAMILY_PAGES.filter((page) => !wanted.length || wanted.includes(page.family))) {
    await h.serve(target.url, padded(target.html));
    await h.serve(target.unmatched, padded(target.html));
    const sides = { with: new Map<string, number>(), without: new Map<string, number>() };
    for (let round = 0; round < LOADS + 1; round += 1) {
      for (const side of round % 2 ? (['with', 'without'] as const) : (['without', 'with'] as const)) {
        const page = await h.context.newPage();
        const cdp = await h.context.newCDPSession(page);
        const events: TraceEvent[] = [];
        cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
        const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
        await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
        await page.goto(side === 'with' ? target.url : target.unmatched, { waitUntil: 'load' });
        await sleep(700);
        await cdp.send('Tracing.end');
        await complete;
        await page.close();
        if (round === 0) continue;
        // The page's main thread: the one that parsed its HTML.
        const parse = events.find((event) => event.name === 'ParseHTML');
        if (!parse) continue;
        for (const event of events) {
          if (event.ph !== 'X' || event.pid !== parse.pid || event.tid !== parse.tid) continue;
          add(sides[side], event.name, (event.tdur ?? event.dur ?? 0) / 1000);
        }
      }
    }
    const names = [...new Set([...sides.with.keys(), ...sides.without.keys()])];
    const rows = names
      .map((name) => ({ name, with: (sides.with.get(name) ?? 0) / LOADS, without: (sides.without.get(name) ?? 0) / LOADS }))
      .map((row) => ({ ...row, diff: row.with - row.without }))
      .filter((row) => Math.abs(row.diff) >= 0.2 || row.name === 'RunTask')
      .sort((a, b) => b.diff - a.diff);
    console.log(`\n${target.family}, mean of ${LOADS} loads a side (CPU ms: with, without, difference)`);
    for (const row of rows.slice(0, 30)) console.log(`  ${row.with.toFixed(2).padStart(7)} ${row.without.toFixed(2).padStart(7)} ${row.diff.toFixed(2).padStart(7)}  ${row.name}`);
  }
}, process.env.NOOP === '1' ? buildNoopExtension(ourMatches()) : undefined);
