/**
 * `npm run bench` (full) and `npm run bench:quick` (CI): measures the built extension in headless
 * Chromium against the budgets in DESIGN.md, prints a table and writes bench/results.json.
 * `--only=capture,popup` runs some measures (groups, lower case). Exit code: 0 every budget met,
 * 3 a budget missed, 2 a measure could not run, 1 the runner crashed (see report.ts exitCode).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, EXTENSION_DIR, browserVersion } from './browser';
import { capture } from './measures/capture';
import { database } from './measures/database';
import { pageCost } from './measures/page-cost';
import { popup } from './measures/popup';
import { sizeRows } from './measures/size';
import { stress } from './measures/stress';
import { exitCode, failed, formatTable, type Row } from './report';

const quick = process.argv.includes('--quick');
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).split(',');

const PLANS = {
  quick: {
    pageCost: { loads: 4, warmup: 1, traced: 1 },
    stress: { loads: 5, warmup: 0 },
    capture: { warm: 20, cold: 8 },
    popup: { entries: 10_000, opens: 5, filters: 5 },
    database: { entries: 50_000, queries: 8, transfers: 1, transferEntries: 10_000 },
  },
  full: {
    pageCost: { loads: 16, warmup: 1, traced: 3 },
    stress: { loads: 20, warmup: 2 },
    capture: { warm: 50, cold: 20 },
    popup: { entries: 10_000, opens: 15, filters: 15 },
    database: { entries: 50_000, queries: 30, transfers: 5, transferEntries: 10_000 },
  },
} as const;

const plan = quick ? PLANS.quick : PLANS.full;

/** Each measure in turn; one that throws becomes an ERROR row and the others still run. */
const MEASURES: { group: string; label: string; run: () => Row[] | Promise<Row[]> }[] = [
  { group: 'Size', label: 'built entries', run: () => sizeRows(EXTENSION_DIR) },
  { group: 'Page cost', label: 'a real page per content-script family, with vs. without', run: () => pageCost(plan.pageCost) },
  { group: 'Stress', label: 'page adds 10,000 nodes', run: () => stress(plan.stress) },
  { group: 'Capture', label: 'click → stored', run: () => capture(plan.capture) },
  { group: 'Popup', label: `open with ${plan.popup.entries.toLocaleString('en')} entries`, run: () => popup(plan.popup) },
  { group: 'Database', label: `${plan.database.entries.toLocaleString('en')} entries`, run: () => database(plan.database) },
];

const RESULTS = new URL('./results.json', import.meta.url);

/**
 * The rows of measures this run left out (`--only`), from the previous results with their date, so
 * the file always holds the latest result of every measure.
 */
function earlierRows(rows: Row[]): (Row & { date: string })[] {
  if (!existsSync(RESULTS)) return [];
  const previous = JSON.parse(readFileSync(RESULTS, 'utf8')) as { date: string; rows: Row[]; earlier?: (Row & { date: string })[] };
  const ran = new Set(rows.map((row) => row.group));
  const carried = [...previous.rows.map((row) => ({ ...row, date: previous.date })), ...(previous.earlier ?? [])];
  return carried.filter((row) => !ran.has(row.group));
}

async function main() {
  if (!existsSync(CHROMIUM)) {
    console.error(`bench: no Chromium at ${CHROMIUM}; install it (sudo apt-get install -y chromium) or set CHROMIUM_PATH.`);
    process.exit(2);
  }
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    console.error(`bench: no built extension in ${EXTENSION_DIR}; npm run bench builds it first.`);
    process.exit(2);
  }
  const started = Date.now();
  const load = loadavg()[0]!;
  const rows: Row[] = [];
  for (const measure of MEASURES.filter((m) => !only || only.includes(m.group.toLowerCase().replace(' ', '-')))) {
    const start = Date.now();
    process.stderr.write(`bench: ${measure.group.toLowerCase()} (${measure.label})…`);
    try {
      rows.push(...(await measure.run()));
    } catch (error) {
      rows.push(failed(measure.group, measure.label, error));
    }
    process.stderr.write(` ${((Date.now() - start) / 1000).toFixed(1)} s\n`);
  }
  const seconds = (Date.now() - started) / 1000;
  const machine = { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version, chromium: browserVersion(), loadAverageAtStart: load };
  const code = exitCode(rows);
  console.log(
    `\nBenchmarks (${quick ? 'quick' : 'full'}) of ${EXTENSION_DIR}\n` +
      `Chromium ${machine.chromium}, ${machine.cpus} CPUs, Node ${machine.node}, ${seconds.toFixed(0)} s, load average ${load.toFixed(1)} at start` +
      (load > machine.cpus ? ' (a busy machine: timings are pessimistic)' : '') +
      '\n',
  );
  console.log(formatTable(rows));
  const missed = rows.filter((row) => row.status === 'missed').length;
  const errors = rows.filter((row) => row.status === 'error').length;
  console.log(
    errors ? `\nbench: ${errors} measure(s) could not run, ${missed} budget(s) missed (exit ${code})` : missed ? `\nbench: ${missed} budget(s) missed (exit ${code})` : '\nbench: every budget met',
  );
  const date = new Date().toISOString();
  writeFileSync(RESULTS, `${JSON.stringify({ date, mode: quick ? 'quick' : 'full', seconds, machine, plan, exitCode: code, rows, earlier: earlierRows(rows) }, null, 2)}\n`);
  process.exit(code);
}

await main();
