import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EntryList } from '../../../components/EntryList';
import { TrackerDb } from '../../../lib/db/database';
import { entry } from '../../helpers/entries';
// The list loads the editor at the first Edit; importing it here keeps its first transform out of a test's time limit.
import '../../../components/EntryEditor';

let db: TrackerDb;
let n = 0;
const ids = Array.from({ length: 200 }, (_, index) => `r${String(index).padStart(3, '0')}`);

beforeEach(async () => {
  db = new TrackerDb(`entry-list-${++n}`);
  await db.contributions.bulkAdd(ids.map((id, index) => entry({ id, title: `Row ${index}`, url: `https://blog.example.com/${id}` })));
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const show = (list: readonly string[] = ids) => <EntryList db={db} ids={list} total={list.length} onDelete={() => undefined} />;
const items = () => within(screen.getByRole('list', { name: /Contributions/ })).getAllByRole('listitem');
const positions = () => items().map((row) => Number(row.getAttribute('aria-posinset')));
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, offset) => from + offset);
const row = (id: string) => items().find((item) => item.dataset.entry === id)!;
const scrollTo = (top: number) => {
  const scroller = screen.getByRole('group', { name: /./ });
  scroller.scrollTop = top;
  fireEvent.scroll(scroller);
  return scroller;
};

describe('EntryList windowing (no layout: the view is taken as 480 px)', () => {
  it('has only the rows in view and six more in the page, placed 60 px apart, with their place in the whole list', async () => {
    render(show());
    expect(positions()).toEqual(range(1, 14));
    scrollTo(60 * 100);
    await waitFor(() => expect(positions()).toEqual(range(95, 114)));
    expect(items()[0]!.getAttribute('aria-setsize')).toBe('200');
    expect(row('r100').style.transform).toBe('translateY(6000px)');
    expect(row('r100').style.height).toBe('60px');
    expect(screen.getByRole('list', { name: /Contributions/ }).style.height).toBe('12000px');
  });

  it('gives the row being edited 560 px, and the keyboard goes back to its row when the editor closes', async () => {
    render(show());
    scrollTo(60 * 100);
    await waitFor(() => expect(within(row('r100')).getByRole('link').textContent).toBe('Row 100'));
    await userEvent.click(within(row('r100')).getByRole('button', { name: 'Edit “Row 100”' }));
    expect(await screen.findByRole('button', { name: 'Cancel' })).toBeTruthy();
    // The editor fills the view (6000–6560 of a 480 px view at 6000): the rows after it leave the page.
    expect(positions()).toEqual(range(95, 107));
    expect(row('r100').style.height).toBe('560px');
    expect(row('r100').style.transform).toBe('translateY(6000px)');
    expect(row('r101').style.transform).toBe('translateY(6560px)');
    expect(screen.getByRole('list', { name: /Contributions/ }).style.height).toBe('12500px');

    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(document.activeElement).toBe(within(row('r100')).getByRole('button', { name: 'Edit “Row 100”' })));
    expect(positions()).toEqual(range(95, 114));
  });

  it('keeps the scroll position when the ids change', async () => {
    const { rerender } = render(show());
    const scroller = scrollTo(60 * 100);
    await waitFor(() => expect(positions()).toEqual(range(95, 114)));
    rerender(show(ids.slice(50)));
    expect(scroller.scrollTop).toBe(6000);
    await waitFor(() => expect(row('r150')).toBeTruthy());
    expect(positions()).toEqual(range(95, 114));
  });

  it('follows the scroller when it is laid out or resized', async () => {
    const observed: (() => void)[] = [];
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(callback: () => void) {
          observed.push(callback);
        }
        observe() {}
        disconnect() {}
      },
    );
    render(show());
    expect(positions()).toEqual(range(1, 14));
    const scroller = screen.getByRole('group', { name: /./ });
    Object.defineProperty(scroller, 'clientHeight', { configurable: true, value: 120 });
    act(() => observed.forEach((callback) => callback()));
    await waitFor(() => expect(positions()).toEqual(range(1, 8)));
  });
});
