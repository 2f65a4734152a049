import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { Popup } from '../../../components/Popup';
import { Dashboard } from '../../../components/Dashboard';
import { TrackerDb } from '../../../lib/db/database';
import { serveLocale } from '../../helpers/i18n';

afterEach(cleanup);
const now = new Date('2026-11-22T10:00:00.000Z');
const savePage = { preview: vi.fn(), save: vi.fn(), screenshots: { get: async () => true, set: vi.fn() } };

describe('the popup and the dashboard in German', () => {
  it('shows the popup’s heading, tabs, main button and empty state from the German messages', async () => {
    serveLocale('de');
    render(<Popup db={new TrackerDb('locale-popup')} now={now} savePage={savePage} openDashboard={() => undefined} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Ihre Beiträge');
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual(['Jahr', 'Bewerbungen', 'Hinzufügen', 'Einstellungen']);
    expect(screen.getByRole('tablist', { name: 'Ansichten' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Diese Seite speichern' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Übersicht' }).title).toBe('Export, Import, mehr Platz');
    expect(await screen.findByText(/^Für diesen Zeitraum ist noch nichts gespeichert\. Antworten/)).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Zeitraum' })).toBeTruthy();
  });

  it('names the dashboard’s sections in German', () => {
    serveLocale('de');
    render(<Dashboard db={new TrackerDb('locale-dashboard')} now={now} />);
    expect(screen.getByRole('navigation', { name: 'Bereiche' }).textContent).toBe('JahrBewerbungenVon Hand hinzufügenSicherung und ImportEinstellungen');
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual(expect.arrayContaining(['Bewerbungen', 'Von Hand hinzufügen', 'Sicherung, Export und Import', 'Einstellungen']));
  });
});
