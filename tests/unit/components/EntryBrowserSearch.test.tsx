import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EntryBrowser } from '../../../components/EntryBrowser';
import { TrackerDb } from '../../../lib/db/database';
import { filteredIds } from '../../../lib/db/queries';
import { entry } from '../../helpers/entries';

/** A door a test opens: reads behind it wait, as a slow read of 10,000 entries would. */
function door() {
  let open = false;
  const listeners = new Set<() => void>();
  let opened: () => void = () => undefined;
  const passed = new Promise<void>((resolve) => (opened = resolve));
  return {
    isOpen: () => open,
    passed,
    subscribe: (listener: () => void) => (listeners.add(listener), () => listeners.delete(listener)),
    open: () => {
      open = true;
      opened();
      listeners.forEach((listener) => listener());
    },
  };
}
const doors = vi.hoisted(() => ({
  index: undefined as ReturnType<typeof door> | undefined,
  first: undefined as ReturnType<typeof door> | undefined,
  /** Whether the browser wanted its index, at each render; recorded when a test sets the list. */
  wanted: undefined as boolean[] | undefined,
}));

// The search index is read only once the test opens its door.
vi.mock('../../../components/search-index', async (original) => {
  const module = await original<typeof import('../../../components/search-index')>();
  const { useSyncExternalStore } = await import('react');
  const always = () => () => undefined;
  return {
    ...module,
    useSearchIndex: (db: TrackerDb, wanted: boolean) => {
      doors.wanted?.push(wanted);
      const open = useSyncExternalStore(doors.index?.subscribe ?? always, () => doors.index?.isOpen() ?? true);
      return module.useSearchIndex(db, wanted && open);
    },
  };
});
// The first screen's short read waits behind its own door, when a test sets one.
vi.mock('../../../lib/db/queries', async (original) => {
  const queries = await original<typeof import('../../../lib/db/queries')>();
  return { ...queries, firstMatches: async (...args: Parameters<typeof queries.firstMatches>) => (await doors.first?.passed, queries.firstMatches(...args)) };
});

afterEach(() => {
  cleanup();
  doors.index = undefined;
  doors.first = undefined;
  doors.wanted = undefined;
});

const year = { from: '2026-01-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' };
const everything = { from: '2000-01-01T00:00:00.000Z', to: '2100-01-01T00:00:00.000Z' };
/** 60 entries, one a day; every third (20 of them) about Kubernetes. */
async function seeded(name: string) {
  const db = new TrackerDb(name);
  await db.contributions.bulkAdd(
    Array.from({ length: 60 }, (_, i) =>
      entry({ id: `e${String(i).padStart(2, '0')}`, url: `https://stackoverflow.com/a/${i}`, title: `${i % 3 === 0 ? 'Kubernetes' : 'Ansible'} answer ${i}`, publishedAt: new Date(Date.UTC(2026, 0, 1 + i)).toISOString() }),
    ),
  );
  return db;
}
const rows = () => within(screen.getByRole('list', { name: /Contributions/ })).getAllByRole('listitem');
const links = () => rows().map((row) => within(row).getByRole('link').textContent);

describe('EntryBrowser’s search before its index is read', () => {
  it('shows the first matching rows from a short read, then the whole answer with its count, the rows in place', async () => {
    doors.index = door();
    const db = await seeded('browser-search-first');
    render(<EntryBrowser db={db} range={year} label="2026" everything={everything} emptyHint="Nothing yet." />);
    await waitFor(() => expect(links()[0]).toBe('Ansible answer 59'));
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), 'kubernetes');

    await waitFor(() => expect(links()[0]).toBe('Kubernetes answer 57'));
    const firstScreen = links();
    expect(firstScreen.every((title) => title?.startsWith('Kubernetes'))).toBe(true);
    const expected = await filteredIds(db, everything, { search: 'kubernetes' });
    expect(rows().map((row) => row.dataset.entry)).toEqual(expected.slice(0, firstScreen.length));
    // Only the first screen is known: no count yet, and each row says so to assistive technology.
    expect(screen.queryByText(/entries in all periods/)).toBeNull();
    expect(rows()[0]!.getAttribute('aria-setsize')).toBe('-1');

    act(() => doors.index!.open());
    expect(await screen.findByText('20 entries in all periods')).toBeTruthy();
    await waitFor(() => expect(rows()[0]!.getAttribute('aria-setsize')).toBe('20'));
    // The rows below the first screen may still be reading; those of the first screen stay as they were.
    expect(rows().slice(0, firstScreen.length).map((row) => within(row).getByRole('link').textContent)).toEqual(firstScreen);
  });

  it('never shows the previous list while a new search is read, and no answer to an older word', async () => {
    doors.index = door();
    doors.first = door();
    const db = await seeded('browser-search-stale');
    render(<EntryBrowser db={db} range={year} label="2026" everything={everything} emptyHint="Nothing yet." />);
    doors.first.open();
    await waitFor(() => expect(links()[0]).toBe('Ansible answer 59'));
    doors.first = door();
    // Every change of the list, recorded: no frame may hold a row that does not match the word.
    const seen: string[][] = [];
    const observer = new MutationObserver(() => {
      const list = screen.queryByRole('list', { name: /Contributions/ });
      if (list) seen.push(within(list).queryAllByRole('link').map((link) => link.textContent ?? ''));
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), 'kubernetes');
    expect(await screen.findByText('Loading…')).toBeTruthy();
    expect(screen.queryByRole('list', { name: /Contributions/ })).toBeNull();

    doors.first.open();
    await waitFor(() => expect(links()[0]).toBe('Kubernetes answer 57'));
    act(() => doors.index!.open());
    expect(await screen.findByText('20 entries in all periods')).toBeTruthy();
    observer.disconnect();
    const afterTyping = seen.slice(seen.findIndex((titles) => titles.length === 0));
    expect(afterTyping.flat().filter((title) => !title.startsWith('Kubernetes'))).toEqual([]);
  });

  it('reads its index only after the short read of the first screen, which the index’s reads would hold up', async () => {
    const db = await seeded('browser-search-order');
    // The database arrives after the user has already focused the search box and typed a word.
    const view = render(<EntryBrowser db={undefined} range={year} label="2026" everything={everything} emptyHint="Nothing yet." />);
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), 'kubernetes');
    doors.first = door();
    doors.wanted = [];
    view.rerender(<EntryBrowser db={db} range={year} label="2026" everything={everything} emptyHint="Nothing yet." />);
    expect(await screen.findByText('Loading…')).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(doors.wanted).not.toContain(true);

    doors.first.open();
    await waitFor(() => expect(links()[0]).toBe('Kubernetes answer 57'));
    await waitFor(() => expect(doors.wanted!.at(-1)).toBe(true));
    expect(await screen.findByText('20 entries in all periods')).toBeTruthy();
  });
});
