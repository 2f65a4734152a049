import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChoiceFields } from '../../../components/ChoiceFields';
import { ProgramCompare } from '../../../components/ProgramCompare';
import { UndoBar } from '../../../components/UndoBar';
import type { FieldSpec } from '../../../lib/programs/define';
import { entry } from '../../helpers/entries';
import { serveLocale } from '../../helpers/i18n';

afterEach(cleanup);

describe('the Applications tab and the undo bar in German', () => {
  it('compares one entry across the programs in German', async () => {
    serveLocale('de');
    const social = entry({ id: 's1', kind: 'social-post', title: 'Ein Thread zu NSX', url: 'https://mastodon.social/@me/1', publishedAt: '2026-02-02T10:00:00.000Z' });
    render(<ProgramCompare entries={[social]} />);
    await userEvent.click(screen.getByText('Programme für einen Eintrag vergleichen'));
    expect(within(screen.getByLabelText('Eintrag')).getAllByRole('option')[0]!.textContent).toBe('Eintrag auswählen');
    await userEvent.selectOptions(screen.getByLabelText('Eintrag'), 'Ein Thread zu NSX');
    const table = screen.getByRole('table', { name: 'Wie jedes Programm „Ein Thread zu NSX“ einordnet' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Programm', 'Kategorie', 'Felder']);
    expect(within(within(table).getByRole('row', { name: /^Microsoft MVP/ })).getAllByRole('cell')[0]!.textContent).toBe('Zählt nicht');
  });

  it('words a program’s picks and the undo bar in German', () => {
    serveLocale('de');
    const fields: FieldSpec[] = [
      { name: 'area', label: 'Technology area', format: 'choice', values: ['Azure', 'M365'], askUser: true },
      { name: 'more', label: 'More areas', format: 'choices', values: Array.from({ length: 13 }, (_, i) => `Area ${i}`), maxValues: 1, askUser: true },
    ];
    render(<ChoiceFields fields={fields} choices={{}} onChange={vi.fn()} />);
    expect(screen.getByRole('group', { name: 'Einmal für alle Aktivitäten gewählt' })).toBeTruthy();
    expect(within(screen.getByRole('combobox', { name: 'Technology area' })).getAllByRole('option')[0]!.textContent).toBe('Auswählen…');
    expect(within(screen.getByRole('combobox', { name: 'More areas 1' })).getAllByRole('option')[0]!.textContent).toBe('Keine');
    render(<UndoBar message="Gelöscht." onUndo={vi.fn()} onDismiss={vi.fn()} />);
    expect(screen.getByRole('button', { name: 'Rückgängig machen' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Schließen' }).textContent).toBe('×');
  });
});
