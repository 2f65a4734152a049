/**
 * The budgets every measure is judged against. Numbers marked 'DESIGN.md' come from its
 * "Performance budgets" section; 'proposed' ones fill a gap the design leaves, and say so in the table.
 */
export interface Budget {
  max: number;
  unit: 'ms' | 'kB' | 'tasks' | '×';
  /** Which statistic of the samples is compared with `max`. */
  statistic: 'median' | 'p95' | 'total' | 'size';
  source: 'DESIGN.md' | 'proposed';
}

const design = (max: number, unit: Budget['unit'], statistic: Budget['statistic']): Budget => ({ max, unit, statistic, source: 'DESIGN.md' });
const proposed = (max: number, unit: Budget['unit'], statistic: Budget['statistic']): Budget => ({ max, unit, statistic, source: 'proposed' });

export const BUDGETS = {
  /** "small bundle (goal ≤ 30 KB minified per injected entry)"; kB = 1000 bytes, as WXT prints it. */
  injectedEntry: design(30, 'kB', 'size'),
  /** "≤ 5 ms added script time per page load". */
  addedScript: design(5, 'ms', 'median'),
  /** Issue 17: what our content script adds beyond a no-op extension's, measured in the same run. */
  addedOverFloor: proposed(1.5, 'ms', 'median'),
  /** Issue 17: the popup's first load (the scripts popup.html loads before any tab is chosen). */
  popupScripts: proposed(150, 'kB', 'size'),
  /** "no long task". */
  extensionLongTasks: design(0, 'tasks', 'total'),
  /** "MutationObserver callbacks only queue work": a page adding nodes must not slow down noticeably. */
  stressRatio: proposed(1.1, '×', 'median'),
  /** "click → stored p95 ≤ 50 ms with a warm background, ≤ 300 ms from a cold one". */
  captureWarm: design(50, 'ms', 'p95'),
  captureCold: design(300, 'ms', 'p95'),
  /** Issue 17 tightens DESIGN.md's "shell ≤ 100 ms, first rows ≤ 300 ms with 10,000 stored entries". */
  popupShell: proposed(50, 'ms', 'median'),
  popupFirstRows: proposed(150, 'ms', 'median'),
  /** A filtered list is a new list of rows: the first-rows budget, counted from the keystroke. */
  popupFilter: proposed(150, 'ms', 'median'),
  /** "year query over 50,000 entries ≤ 50 ms". */
  yearQuery: design(50, 'ms', 'median'),
  /** Issue 17: the popup's first screen of a year at 50,000 entries (ids, then the first page of rows). */
  yearFirstScreen: proposed(30, 'ms', 'median'),
  /** Issue 17: the glance's counts beside it. */
  yearCounts: proposed(20, 'ms', 'median'),
  /** Issue 17 halves DESIGN.md's "import of 10,000 entries ≤ 2 s". */
  import10k: proposed(1000, 'ms', 'median'),
  /** An export is the import's mirror image. */
  export10k: proposed(2000, 'ms', 'median'),
} as const satisfies Record<string, Budget>;
