import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { Popup } from '../../../components/Popup';
import { TrackerDb } from '../../../lib/db/database';
import { DB_NAME } from '../../../lib/db/names';
import type { SavePageApi } from '../../../lib/save-page-client';
import { entry } from '../../helpers/entries';
// The popup loads the Year tab as a chunk; importing it here keeps its first transform out of a test's time limit.
import '../../../components/YearView';

const now = new Date('2026-11-22T10:00:00.000Z');
const savePage = (): SavePageApi => ({ preview: vi.fn(), save: vi.fn(), screenshots: { get: async () => true, set: vi.fn() } });

afterEach(async () => {
  cleanup();
  await Dexie.delete(DB_NAME);
});

const titles = (container: HTMLElement) => [...container.querySelectorAll('li.entry a[href^="http"]')].map((link) => link.textContent);

/** The popup's database (its real name, which the first screen reads without Dexie), with answers dated one a day from 1 January. */
async function seeded(titleOf: (i: number) => string, count: number) {
  const db = new TrackerDb();
  await db.contributions.bulkAdd(
    Array.from({ length: count }, (_, i) => entry({ id: `e${i}`, url: `https://stackoverflow.com/a/${i}`, title: titleOf(i), publishedAt: new Date(Date.UTC(2026, 0, 1 + i)).toISOString() })),
  );
  db.close();
}

describe('the popup’s first screen, before Dexie', () => {
  it('shows the newest rows read without Dexie, then asks for the database', async () => {
    await seeded((i) => `Answer ${i}`, 30);
    let rowsWhenAsked: (string | null)[] = [];
    let container!: HTMLElement;
    const wantDb = vi.fn(() => {
      rowsWhenAsked = titles(container);
    });
    container = render(<Popup db={undefined} wantDb={wantDb} now={now} savePage={savePage()} />).container;
    await waitFor(() => expect(wantDb).toHaveBeenCalled());
    // Dexie is asked for only once the first screen's rows are there.
    expect(rowsWhenAsked[0]).toBe('Answer 29');
    expect(rowsWhenAsked.length).toBeGreaterThanOrEqual(6);
  });

  it('keeps the search box, its keyboard focus and what was typed when the database arrives, and then lists only the matches', async () => {
    await seeded((i) => (i % 3 === 0 ? `Kubernetes answer ${i}` : `Answer ${i}`), 30);
    const wantDb = vi.fn();
    const view = render(<Popup db={undefined} wantDb={wantDb} now={now} savePage={savePage()} />);
    await waitFor(() => expect(wantDb).toHaveBeenCalled());
    const box = screen.getByRole('searchbox', { name: 'Search' });
    await userEvent.type(box, 'kubern');

    const db = new TrackerDb();
    view.rerender(<Popup db={db} wantDb={wantDb} now={now} savePage={savePage()} />);
    // The same box, still with the keyboard and the text: nothing was replaced.
    expect(screen.getByRole('searchbox', { name: 'Search' })).toBe(box);
    expect(document.activeElement).toBe(box);
    await userEvent.type(box, 'etes');
    expect((box as HTMLInputElement).value).toBe('kubernetes');
    expect(await screen.findByText('10 entries in all periods')).toBeTruthy();
    await waitFor(() => expect(titles(view.container).every((title) => title?.startsWith('Kubernetes'))).toBe(true));
    expect(within(screen.getByRole('list', { name: /Contributions/ })).getAllByRole('listitem')[0]!.getAttribute('aria-setsize')).toBe('10');
    db.close();
  });

  it('on a fresh profile, creates no database and asks for Dexie at once', async () => {
    const wantDb = vi.fn();
    render(<Popup db={undefined} wantDb={wantDb} now={now} savePage={savePage()} />);
    await waitFor(() => expect(wantDb).toHaveBeenCalled());
    expect((await indexedDB.databases()).map((database) => database.name)).not.toContain(DB_NAME);
  });
});
