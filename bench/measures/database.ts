import { BUDGETS } from '../budgets';
import { neutralPage, withBrowser } from '../browser';
import { FILTER_WORD } from '../dataset';
import { callProbe, loadProbe } from '../probe/bundle';
import { WRITE_VARIANTS } from '../probe/write-floor';
import { info, judged, ms, type Row } from '../report';
import { summarize } from '../stats';

const GROUP = 'Database';
const YEARS = 10;

export interface DatabasePlan {
  entries: number;
  queries: number;
  transfers: number;
  transferEntries: number;
}

/**
 * 50,000 entries spread over ten years (so the current year holds a tenth of them), stored in
 * Chromium's IndexedDB by Dexie bulkAdd from an extension page; then the queries the popup and the
 * review run, and the dashboard's export and import of 10,000 entries, each timed in the page.
 */
export async function database(plan: DatabasePlan): Promise<Row[]> {
  return withBrowser(async (h) => {
    const year = new Date().getFullYear();
    const page = await neutralPage(h);
    await loadProbe(page);
    const seedMs = await callProbe(page, 'seed', plan.entries, `${year - YEARS + 1}-01-01T00:00:00.000Z`, new Date().toISOString());
    const stored = await callProbe(page, 'count');
    if (stored !== plan.entries) throw new Error(`${stored} entries stored, ${plan.entries} seeded`);

    const repeat = async (times: number, work: () => Promise<[number, number]>) => {
      const samples: number[] = [];
      let size = 0;
      for (let i = 0; i < times; i += 1) [samples[i], size] = await work();
      return { summary: summarize(samples), samples, size };
    };
    const ids = await repeat(plan.queries, () => callProbe(page, 'yearIds', year));
    const firstScreen = await repeat(plan.queries, () => callProbe(page, 'yearFirstScreen', year));
    const rows = await repeat(plan.queries, () => callProbe(page, 'yearRows', year));
    const counts = await repeat(plan.queries, () => callProbe(page, 'yearCounts', year));
    const search = await repeat(plan.queries, () => callProbe(page, 'yearIds', year, FILTER_WORD));

    await callProbe(page, 'seedTransfer', plan.transferEntries, `${year - YEARS + 1}-01-01T00:00:00.000Z`, new Date().toISOString());
    const exportJson = await repeat(plan.transfers, () => callProbe(page, 'exportJson'));
    const exportCsv = await repeat(plan.transfers, () => callProbe(page, 'exportCsv'));
    const importJson = await repeat(plan.transfers, () => callProbe(page, 'importJson'));
    const importFloor = await repeat(plan.transfers, () => callProbe(page, 'importFloor'));
    const check = await repeat(plan.transfers, () => callProbe(page, 'checkFile'));
    // Round after round of every variant, so a change in the machine's load touches them alike.
    const variants: number[][] = WRITE_VARIANTS.map(() => []);
    for (let round = 0; round < plan.transfers; round += 1) {
      for (const [index, { variant }] of WRITE_VARIANTS.entries()) variants[index]!.push((await callProbe(page, 'writeFloor', variant))[0]);
    }
    const base = summarize(variants[0]!).median;
    if (importJson.size !== plan.transferEntries) throw new Error(`the import added ${importJson.size} of ${plan.transferEntries} entries`);
    const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
    const result = (measured: { summary: { median: number; p95: number; n: number } }, what: string) =>
      measured.summary.n === 1
        ? `${ms(measured.summary.median)} (${what}; n=1)`
        : `${ms(measured.summary.median)} median, p95 ${ms(measured.summary.p95)} (${what}; n=${measured.summary.n})`;
    const total = plan.entries.toLocaleString('en');
    const transfer = plan.transferEntries.toLocaleString('en');
    return [
      info(GROUP, `seed ${total} entries (Dexie bulkAdd)`, `${(seedMs / 1000).toFixed(1)} s`),
      judged(GROUP, `year query at ${total}: the list's ids (filteredIds)`, ids.summary.median, BUDGETS.yearQuery, result(ids, `${ids.size.toLocaleString('en')} ids`), ids),
      judged(GROUP, `year's first screen at ${total} (firstRows: the newest 50)`, firstScreen.summary.median, BUDGETS.yearFirstScreen, result(firstScreen, `${firstScreen.size} rows`), firstScreen),
      info(GROUP, `year's whole rows at ${total} (listRange)`, result(rows, `${rows.size.toLocaleString('en')} rows`), rows),
      judged(GROUP, `year counts at ${total} (summarize)`, counts.summary.median, BUDGETS.yearCounts, result(counts, `${counts.size.toLocaleString('en')} counted`), counts),
      info(GROUP, `year's ids matching “${FILTER_WORD}” (filteredIds)`, result(search, `${search.size.toLocaleString('en')} ids`), search),
      judged(GROUP, `import of ${transfer} entries (importBackup)`, importJson.summary.median, BUDGETS.import10k, result(importJson, `${importJson.size.toLocaleString('en')} added, into an empty store`), importJson),
      info(GROUP, `floor: IndexedDB adding the same ${transfer} rows (one transaction, no Dexie)`, result(importFloor, `${importFloor.size.toLocaleString('en')} rows`), importFloor),
      info(GROUP, `of which checking the file (checkBackup: JSON.parse, zod, canonical links)`, result(check, `${check.size.toLocaleString('en')} entries`), check),
      ...WRITE_VARIANTS.map(({ label }, index) => {
        const summary = summarize(variants[index]!);
        return info(GROUP, `floor variant: ${label}`, `${result({ summary }, `×${(summary.median / base).toFixed(2)} of all indexes`)}`, variants[index]);
      }),
      judged(GROUP, `export of ${transfer} entries (JSON backup)`, exportJson.summary.median, BUDGETS.export10k, result(exportJson, mb(exportJson.size)), exportJson),
      info(GROUP, `export of ${transfer} entries (CSV)`, result(exportCsv, mb(exportCsv.size)), exportCsv),
    ];
  });
}
