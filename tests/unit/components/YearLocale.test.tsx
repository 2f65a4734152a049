import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { EntryBrowser } from '../../../components/EntryBrowser';
import { Glance } from '../../../components/Glance';
import { TrackerDb } from '../../../lib/db/database';
import { entry } from '../../helpers/entries';
import { serveLocale } from '../../helpers/i18n';

afterEach(cleanup);
const year = { from: '2026-01-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' };
const everything = { from: '2000-01-01T00:00:00.000Z', to: '2100-01-01T00:00:00.000Z' };

async function seeded(name: string) {
  const db = new TrackerDb(name);
  await db.contributions.bulkAdd([
    entry({ id: 'a', kind: 'blog-post', title: 'NSX-Grundlagen', publishedAt: '2026-02-01T00:00:00.000Z', programs: { mvp: { status: 'submitted', at: '2026-03-01T00:00:00.000Z' } } }),
    entry({ id: 'b', kind: 'talk', title: 'Vortrag', publishedAt: '2025-02-03T00:00:00.000Z' }),
    entry({ id: 'c', kind: 'forum-answer', title: 'Fremde Antwort', own: false, publishedAt: '2026-05-01T00:00:00.000Z' }),
  ]);
  return db;
}

describe('the year in German', () => {
  it('words the glance’s total, chart and latest entries in German', async () => {
    serveLocale('de');
    render(<Glance db={await seeded('locale-glance')} range={year} label="2026" />);
    expect(await screen.findByRole('list', { name: 'Anzahl nach Kategorie' })).toBeTruthy();
    expect(screen.getByRole('region', { name: '2026 auf einen Blick' }).querySelector('.total')!.textContent).toBe('1 Beitrag · 1 von anderen gespeichert · ein Jahr zuvor 1');
    const bars = within(screen.getByRole('group', { name: 'Beiträge pro Monat' })).getAllByRole('button');
    expect(bars.slice(0, 3).map((bar) => bar.getAttribute('aria-label'))).toEqual(['Jan. 2026: 0, ein Jahr zuvor 0', 'Feb. 2026: 1, ein Jahr zuvor 1', 'März 2026: 0, ein Jahr zuvor 0']);
    expect(screen.getByRole('heading', { name: 'Neueste' })).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Neueste Beiträge' }).textContent).toContain('NSX-Grundlagen');
    expect(screen.getByRole('list', { name: 'Neueste Beiträge' }).textContent).toContain('Blogbeitrag ·');
    expect(within(screen.getByRole('list', { name: 'Anzahl nach Kategorie' })).getByText('Blogbeiträge')).toBeTruthy();
    expect(screen.getByText(/^In diesem Zeitraum noch nichts davon: keine Forenantwort, /).textContent).toContain('kein Vortrag');
  });

  it('counts, tags and offers the actions of the list in German', async () => {
    serveLocale('de');
    render(<EntryBrowser db={await seeded('locale-browser')} range={year} label="2026" everything={everything} emptyHint="leer" />);
    expect(await screen.findByText('2 Einträge im Zeitraum 2026')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Einträge' })).toBeTruthy();
    expect((await screen.findByRole('button', { name: '„NSX-Grundlagen“ bearbeiten' })).textContent).toBe('Bearbeiten');
    expect(screen.getByRole('button', { name: '„NSX-Grundlagen“ löschen' }).textContent).toBe('Löschen');
    expect(screen.getByText('eingereicht: mvp')).toBeTruthy();
    expect(screen.getByText('von anderen gespeichert')).toBeTruthy();
    expect(screen.getAllByText('Blogbeitrag').length).toBeGreaterThan(0);
    expect(screen.getByRole('searchbox', { name: 'Suchen' }).getAttribute('placeholder')).toBe('Titel, Notizen, Tags, Links durchsuchen');
    const kinds = screen.getByRole('combobox', { name: 'Art' });
    expect(within(kinds).getByRole('option', { name: 'Alle Arten' })).toBeTruthy();
    expect(within(kinds).getByRole('option', { name: 'Codebeitrag' })).toBeTruthy();
    expect(within(screen.getByRole('combobox', { name: 'Von wem' })).getAllByRole('option').map((option) => option.textContent)).toEqual(['Eigene und gespeicherte', 'Meins', 'Von anderen gespeichert']);
    const submitted = screen.getByRole('combobox', { name: 'Eingereicht' });
    expect(within(submitted).getAllByRole('option').map((option) => option.textContent)).toContain('Noch nicht bei vExpert eingereicht');
  });
});
