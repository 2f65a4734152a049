import { afterEach, beforeEach, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { Dashboard } from '../../../components/Dashboard';
import { TrackerDb } from '../../../lib/db/database';
// The dashboard loads its sections as a chunk; importing it here keeps its first transform out of the test's time limit.
import '../../../components/DashboardParts';

let db: TrackerDb;
let n = 0;
beforeEach(() => {
  db = new TrackerDb(`dashboard-${++n}`);
});
afterEach(cleanup);

it('splits the page into sections, each reached from the navigation at the top', async () => {
  render(<Dashboard db={db} now={new Date('2026-11-22T10:00:00.000Z')} />);
  const links = within(screen.getByRole('navigation', { name: 'Sections' })).getAllByRole('link');
  expect(links.map((link) => link.textContent)).toEqual(['Year', 'Applications', 'Add by hand', 'Backup and import', 'Settings']);
  for (const link of links) {
    const target = document.getElementById(link.getAttribute('href')!.slice(1));
    expect(target?.tagName).toBe('SECTION');
    expect(within(target!).getAllByRole('heading', { level: 2 })[0]!.textContent).toBe(link.textContent === 'Year' ? '2026' : link.textContent === 'Backup and import' ? 'Backup, export and import' : link.textContent);
  }
  expect(await within(document.getElementById('applications')!).findByRole('radiogroup', { name: 'Program' })).toBeTruthy();
});
