import { describe, expect, it } from 'vitest';
import { BUDGETS } from '../../../bench/budgets';
import { budgetText, exitCode, failed, formatTable, info, judged, notBuilt } from '../../../bench/report';

describe('bench report', () => {
  it('judges a value against its budget, and an unmeasured value as missed', () => {
    expect(judged('Capture', 'warm', 50, BUDGETS.captureWarm, '50 ms').status).toBe('ok');
    expect(judged('Capture', 'warm', 50.1, BUDGETS.captureWarm, '50.1 ms').status).toBe('missed');
    expect(judged('Capture', 'warm', Number.NaN, BUDGETS.captureWarm, '?').status).toBe('missed');
    expect(judged('Page cost', 'long tasks', 0, BUDGETS.extensionLongTasks, '0').status).toBe('ok');
    expect(judged('Page cost', 'long tasks', 1, BUDGETS.extensionLongTasks, '1').status).toBe('missed');
  });

  it('exits 0 when every budget is met, 3 when one is missed, 2 when a measure could not run', () => {
    const ok = judged('Size', 'content', 20, BUDGETS.injectedEntry, '20 kB');
    const missed = judged('Size', 'content', 31, BUDGETS.injectedEntry, '31 kB');
    const waiting = notBuilt('Database', 'import', 'lib/import', BUDGETS.import10k);
    expect(exitCode([ok, info('Size', 'popup', '400 kB'), waiting])).toBe(0);
    expect(exitCode([ok, missed])).toBe(3);
    expect(exitCode([missed, failed('Capture', 'click', new Error('the worker did not stop\nstack'))])).toBe(2);
  });

  it('says which statistic a budget judges and marks budgets the design does not set', () => {
    expect(budgetText(BUDGETS.captureCold)).toBe('≤ 300 ms p95');
    expect(budgetText(BUDGETS.injectedEntry)).toBe('≤ 30 kB');
    expect(budgetText(BUDGETS.stressRatio)).toBe('≤ 1.1× median *');
    expect(budgetText(undefined)).toBe('—');
  });

  it('prints one aligned line per row, statuses a CI log reader can grep, and the footnote', () => {
    const table = formatTable([
      judged('Capture', 'warm', 80, BUDGETS.captureWarm, 'p95 80 ms'),
      failed('Popup', 'open', new Error('no rows\nat line 3')),
      judged('Stress', 'ratio', 1.02, BUDGETS.stressRatio, '1.02×'),
    ]);
    const lines = table.split('\n');
    expect(lines[0]).toMatch(/^Area\s+Measure\s+Result\s+Budget\s+Status$/);
    expect(lines[2]).toMatch(/^Capture\s+warm\s+p95 80 ms\s+≤ 50 ms p95\s+MISSED$/);
    expect(lines[3]).toMatch(/^Popup\s+open\s+no rows\s+—\s+ERROR$/);
    expect(lines[2]!.indexOf('p95 80')).toBe(lines[3]!.indexOf('no rows'));
    expect(table).toContain('* proposed by the benchmark');
  });
});
