import { BUDGETS } from '../budgets';
import { neutralPage, withBrowser } from '../browser';
import { FILTER_WORD } from '../dataset';
import { callProbe, loadProbe } from '../probe/bundle';
import { info, judged, ms, notBuilt, type Row } from '../report';
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
 * review run, each timed in the page.
 */
export async function database(plan: DatabasePlan): Promise<Row[]> {
  return withBrowser(async (h) => {
    const year = new Date().getFullYear();
    const page = await neutralPage(h);
    await loadProbe(page);
    const seedMs = await callProbe(page, 'seed', plan.entries, `${year - YEARS + 1}-01-01T00:00:00.000Z`, new Date().toISOString());
    const stored = await callProbe(page, 'count');
    if (stored !== plan.entries) throw new Error(`${stored} entries stored, ${plan.entries} seeded`);

    const repeat = async (work: () => Promise<[number, number]>) => {
      const samples: number[] = [];
      let size = 0;
      for (let i = 0; i < plan.queries; i += 1) [samples[i], size] = await work();
      return { summary: summarize(samples), samples, size };
    };
    const query = await repeat(() => callProbe(page, 'yearQuery', year));
    const counts = await repeat(() => callProbe(page, 'yearCounts', year));
    const ids = await repeat(() => callProbe(page, 'yearIds', year));
    const search = await repeat(() => callProbe(page, 'yearIds', year, FILTER_WORD));
    const result = (measured: { summary: { median: number; p95: number; n: number } }, what: string) =>
      `${ms(measured.summary.median)} median, p95 ${ms(measured.summary.p95)} (${what}; n=${measured.summary.n})`;
    const total = plan.entries.toLocaleString('en');
    const transfer = plan.transferEntries.toLocaleString('en');
    return [
      info(GROUP, `seed ${total} entries (Dexie bulkAdd)`, `${(seedMs / 1000).toFixed(1)} s`),
      judged(GROUP, `year query at ${total} (listYear)`, query.summary.median, BUDGETS.yearQuery, result(query, `${query.size.toLocaleString('en')} rows`), query),
      judged(GROUP, `year counts at ${total} (summarize)`, counts.summary.median, BUDGETS.yearCounts, result(counts, `${counts.size.toLocaleString('en')} counted`), counts),
      info(GROUP, `year's ids, newest first (filteredIds)`, result(ids, `${ids.size.toLocaleString('en')} ids`), ids),
      info(GROUP, `year's ids matching “${FILTER_WORD}” (filteredIds)`, result(search, `${search.size.toLocaleString('en')} ids`), search),
      notBuilt(GROUP, `import of ${transfer} entries`, 'lib/import', BUDGETS.import10k),
      notBuilt(GROUP, `export of ${transfer} entries`, 'lib/export', BUDGETS.export10k),
    ];
  });
}
