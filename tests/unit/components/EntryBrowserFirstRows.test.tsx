import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { EntryBrowser } from '../../../components/EntryBrowser';
import { TrackerDb } from '../../../lib/db/database';
import { entry } from '../../helpers/entries';

// The ids of the whole range wait for the test to let them through, as a slow read of a busy year would.
const gate = vi.hoisted(() => {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open: () => open() };
});
vi.mock('../../../lib/db/queries', async (original) => {
  const queries = await original<typeof import('../../../lib/db/queries')>();
  return { ...queries, filteredIds: async (...args: Parameters<typeof queries.filteredIds>) => (await gate.opened, queries.filteredIds(...args)) };
});

afterEach(cleanup);
const year = { from: '2026-01-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' };
const everything = { from: '2000-01-01T00:00:00.000Z', to: '2100-01-01T00:00:00.000Z' };

describe('EntryBrowser’s first screen', () => {
  it('shows the newest rows from one short read before the ids of the whole range, then the count', async () => {
    const db = new TrackerDb('browser-first-rows');
    await db.contributions.bulkAdd(
      Array.from({ length: 30 }, (_, i) => entry({ id: `e${i}`, url: `https://stackoverflow.com/a/${i}`, title: `Answer ${i}`, publishedAt: new Date(Date.UTC(2026, 0, 1 + i)).toISOString() })),
    );
    render(<EntryBrowser db={db} range={year} label="2026" everything={everything} emptyHint="Nothing yet." />);
    const list = await screen.findByRole('list', { name: /Contributions/ });
    await waitFor(() => expect(within(list).getAllByRole('link')[0]!.textContent).toBe('Answer 29'));
    const rows = within(list).getAllByRole('listitem');
    expect(rows.length).toBeLessThanOrEqual(12);
    // The whole list's size is not known yet: no count, and each row says so to assistive technology.
    expect(rows[0]!.getAttribute('aria-setsize')).toBe('-1');
    expect(screen.queryByText(/entries in 2026/)).toBeNull();

    gate.open();
    expect(await screen.findByText('30 entries in 2026')).toBeTruthy();
    await waitFor(() => expect(within(screen.getByRole('list', { name: /Contributions/ })).getAllByRole('listitem')[0]!.getAttribute('aria-setsize')).toBe('30'));
    expect(within(screen.getByRole('list', { name: /Contributions/ })).getAllByRole('link')[0]!.textContent).toBe('Answer 29');
  });
});

describe('EntryBrowser’s search index', () => {
  it('is read when the page is idle after the first rows, before the search box is ever focused', async () => {
    gate.open();
    const db = new TrackerDb('browser-idle-index');
    await db.contributions.bulkAdd([entry({ id: 'k', url: 'https://stackoverflow.com/a/1', title: 'Kubernetes ingress', publishedAt: '2026-02-01T00:00:00.000Z' })]);
    // The index reads every entry, its first chunk from the start of the table.
    const readAll = vi.spyOn(db.contributions, 'toCollection');
    render(<EntryBrowser db={db} range={year} label="2026" everything={everything} emptyHint="Nothing yet." />);
    await screen.findByRole('link', { name: 'Kubernetes ingress' });
    await waitFor(() => expect(readAll).toHaveBeenCalled());
    expect(document.activeElement).not.toBe(screen.getByRole('searchbox'));
  });
});
