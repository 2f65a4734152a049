/**
 * `npx tsx bench/load-probes.ts [loads]`: what each thing our content scripts do at load adds to a
 * page load, measured as the page-cost measure does (ScriptDuration, matched vs. unmatched address,
 * paired) for a no-op extension that does just that one thing (bench/noop-extension.ts PROBES), on
 * the MVP portal page. Not part of `npm run bench`: one browser per probe, a few minutes in all.
 */
import { withBrowser } from './browser';
import { added, pairedLoadsOf } from './measures/page-cost';
import { buildNoopExtension, PROBES, type Probe } from './noop-extension';
import { FAMILY_PAGES } from './pages';
import { ms } from './report';

const loads = Number(process.argv[2] ?? 8);
const target = FAMILY_PAGES.find((page) => page.family === 'portal')!;
const matches = [`${new URL(target.url).origin}/*`];
const results: { probe: Probe; median: number; p25: number; p75: number }[] = [];
for (const probe of Object.keys(PROBES) as Probe[]) {
  const paired = await withBrowser((h) => pairedLoadsOf(h, target, { loads, warmup: 1 }, false), buildNoopExtension(matches, probe));
  const { median, p25, p75 } = added(paired, (load) => load.scriptMs);
  results.push({ probe, median, p25, p75 });
  process.stderr.write(`${probe}: ${ms(median)}\n`);
}
const floor = results[0]!.median;
console.log(`\nAdded ScriptDuration per load on ${target.url} (median of ${loads} pairs; IQR), and above the no-op:\n`);
for (const { probe, median, p25, p75 } of results) console.log(`${probe.padEnd(42)} ${ms(median).padStart(8)} (${ms(p25)}–${ms(p75)})  ${probe === 'noop' ? '' : `${median >= floor ? '+' : '−'}${ms(Math.abs(median - floor))}`}`);
