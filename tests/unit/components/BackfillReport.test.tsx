import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { BackfillReport } from '../../../components/BackfillReport';
import type { BackfillResult } from '../../../lib/backfill/runner';
import { serveLocale } from '../../helpers/i18n';

afterEach(cleanup);

const result = (over: Partial<BackfillResult> = {}): BackfillResult => ({
  added: 3,
  updated: 1,
  duplicates: 0,
  rejected: [{ title: 'Ohne Datum', reason: 'no date' }],
  otherYears: 2,
  warnings: ['Only the latest 15 uploads.'],
  counts: ['vmware/pyvmomi: 2'],
  ...over,
});

describe('the import report in German', () => {
  it('words its counts, lists and what was left out in the browser’s language', () => {
    serveLocale('de');
    render(<BackfillReport result={result()} year={2026} />);
    const report = screen.getByRole('status', { name: 'Ergebnis des Imports' });
    expect(report.querySelector('p')!.textContent).toBe('2026 importiert: 3 neu, 1 aktualisiert, 0 schon gespeichert (übersprungen). 2 Einträge aus anderen Jahren wurden ausgelassen.');
    expect(within(report).getByRole('list', { name: 'Zahlen' })).toBeTruthy();
    expect(within(report).getByRole('list', { name: 'Hinweise' })).toBeTruthy();
    expect(within(report).getByText('1 nicht importiert')).toBeTruthy();
    expect(within(report).getByRole('list', { name: 'Nicht importiert', hidden: true }).textContent).toBe('Ohne Datum: no date');
  });

  it('says in German when nothing was found, and one item from another year', () => {
    serveLocale('de');
    render(<BackfillReport result={result({ added: 0, updated: 0, rejected: [], otherYears: 1, warnings: [], counts: [] })} year={2025} />);
    expect(screen.getByRole('status').textContent).toBe('Aus 2025 wurde nichts zum Importieren gefunden. 1 Eintrag aus anderen Jahren wurde ausgelassen.');
  });
});
