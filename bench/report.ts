import type { Budget } from './budgets';

export type Status = 'ok' | 'missed' | 'info' | 'not built yet' | 'error';

/** One line of the table; `detail` (samples, summaries) goes to bench/results.json only. */
export interface Row {
  group: string;
  label: string;
  result: string;
  status: Status;
  value?: number;
  budget?: Budget;
  detail?: unknown;
}

/** A row judged against its budget; a value that could not be measured (NaN) misses. */
export function judged(group: string, label: string, value: number, budget: Budget, result: string, detail?: unknown): Row {
  const status: Status = Number.isFinite(value) && value <= budget.max ? 'ok' : 'missed';
  return { group, label, result, status, value, budget, detail };
}

export function info(group: string, label: string, result: string, detail?: unknown): Row {
  return { group, label, result, status: 'info', detail };
}

export function notBuilt(group: string, label: string, what: string, budget?: Budget): Row {
  return { group, label, result: `${what} is not built yet`, status: 'not built yet', budget };
}

export function failed(group: string, label: string, error: unknown): Row {
  const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
  return { group, label, result: message.slice(0, 140), status: 'error' };
}

export function ms(value: number): string {
  return `${value < 10 ? value.toFixed(1) : Math.round(value).toString()} ms`;
}

export function budgetText(budget: Budget | undefined): string {
  if (!budget) return '—';
  const unit = budget.unit === '×' ? '×' : ` ${budget.unit}`;
  const which = budget.statistic === 'p95' ? ' p95' : budget.statistic === 'median' ? ' median' : '';
  return `≤ ${budget.max}${unit}${which}${budget.source === 'proposed' ? ' *' : ''}`;
}

const STATUS_TEXT: Record<Status, string> = {
  ok: 'ok',
  missed: 'MISSED',
  info: 'info',
  'not built yet': 'not built yet',
  error: 'ERROR',
};

/** A plain-text table that reads well in a CI log. */
export function formatTable(rows: readonly Row[]): string {
  const cells = rows.map((row) => [row.group, row.label, row.result, budgetText(row.budget), STATUS_TEXT[row.status]]);
  const header = ['Area', 'Measure', 'Result', 'Budget', 'Status'];
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((cell) => cell[column]!.length)));
  const line = (cell: string[]) => cell.map((text, column) => text.padEnd(widths[column]!)).join('  ').trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  const notes = rows.some((row) => row.budget?.source === 'proposed')
    ? ['', '* proposed by the benchmark: DESIGN.md sets no number for this measure.']
    : [];
  return [line(header), rule, ...cells.map(line), ...notes].join('\n');
}

/**
 * 0: every budget met. 3: a budget missed. 2: a measure could not run (the extension or the bench
 * broke). 1 stays what it is for any program: the runner itself crashed (or the build failed).
 */
export function exitCode(rows: readonly Row[]): number {
  if (rows.some((row) => row.status === 'error')) return 2;
  return rows.some((row) => row.status === 'missed') ? 3 : 0;
}
