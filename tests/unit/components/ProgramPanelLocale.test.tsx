import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ProgramPanel } from '../../../components/ProgramPanel';
import { TrackerDb } from '../../../lib/db/database';
import { entry } from '../../helpers/entries';
import { serveLocale } from '../../helpers/i18n';

afterEach(cleanup);
const year = { from: '2026-01-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' };

describe('the Applications panel in German', () => {
  it('labels its buttons, previews and outcomes from the German messages', async () => {
    serveLocale('de');
    const db = new TrackerDb('locale-programs');
    await db.contributions.bulkAdd([
      entry({ id: 'b1', kind: 'blog-post', title: 'NSX overlay basics', url: 'https://blog.example.com/nsx', publishedAt: '2026-02-01T10:00:00.000Z' }),
      entry({ id: 'b2', kind: 'blog-post', title: 'vSphere 9 upgrade', url: 'https://blog.example.com/vs9', publishedAt: '2026-06-10T10:00:00.000Z' }),
    ]);
    const clipboard: string[] = [];
    render(<ProgramPanel db={db} range={year} writeClipboard={vi.fn(async (text: string) => void clipboard.push(text))} />);
    const blogging = await screen.findByRole('region', { name: 'Blogging (2)' });
    expect(screen.getByRole('radiogroup', { name: 'Programm' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Bereits eingereichte Einträge einbeziehen' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Alles kopieren \(\d+\)$/ })).toBeTruthy();
    expect(screen.getByText('Vorschau von „Alles kopieren“')).toBeTruthy();
    const copyList = within(blogging).getByRole('button', { name: 'Liste: Blogging (2) kopieren' });
    expect(copyList.textContent).toBe('Liste kopieren');
    await userEvent.click(copyList);
    await waitFor(() => expect(copyList.textContent).toBe('Kopiert'));
    expect(copyList.parentElement!.querySelector('[role="status"]')?.textContent).toBe(`Liste: Blogging (2) kopiert (${clipboard[0]!.length} Zeichen).`);
    await userEvent.click(within(blogging).getByRole('button', { name: /als eingereicht markieren$/ }));
    expect(await screen.findByText('„Blogging (2)“ als an vExpert eingereicht markiert.')).toBeTruthy();
  });
});
