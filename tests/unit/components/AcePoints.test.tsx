import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ProgramPanel } from '../../../components/ProgramPanel';
import { TrackerDb } from '../../../lib/db/database';
import { loadSettings } from '../../../lib/settings';
import { entry } from '../../helpers/entries';

let db: TrackerDb;
let n = 0;
const year = { from: '2026-01-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' };

beforeEach(async () => {
  fakeBrowser.reset();
  db = new TrackerDb(`ace-points-${++n}`);
  await db.contributions.bulkAdd([
    entry({ id: 't1', kind: 'talk', title: 'Autonomous Database in a day', url: 'https://ukoug.example.org/talk', publishedAt: '2026-05-06T07:00:00.000Z' }),
    entry({ id: 'b1', kind: 'blog-post', title: 'APEX 24 tips', url: 'https://blog.example.com/apex', publishedAt: '2026-06-01T07:00:00.000Z' }),
    entry({ id: 'k1', kind: 'book', title: 'Oracle SQL, the book', url: 'https://books.example.com/sql', publishedAt: '2026-07-01T07:00:00.000Z' }),
  ]);
});
afterEach(cleanup);

async function showAce() {
  render(<ProgramPanel db={db} range={year} writeClipboard={vi.fn(async () => undefined)} />);
  await userEvent.click(await screen.findByRole('radio', { name: 'Oracle ACE' }));
  return screen.findByRole('region', { name: 'Oracle ACE points' });
}

it('shows each activity’s points, the period’s total against the level’s threshold, where the values come from, and what is not counted', async () => {
  const points = await showAce();
  expect(points.textContent).toContain('2016–17 values reported by members — check your scorecard.');
  expect(points.textContent).toContain('This period: 25 points; Oracle ACE needed 200 a year (2017).');
  expect(points.textContent).toContain('Not counted: 1 with no points value (Book).');
  const pointsOf = (heading: string) => within(screen.getByRole('region', { name: heading })).queryByText(/points$/)?.textContent;
  expect(pointsOf('Autonomous Database in a day')).toBe('20 points');
  expect(pointsOf('APEX 24 tips')).toBe('5 points');
  expect(pointsOf('Oracle SQL, the book')).toBeUndefined();
});

it('takes the user’s own values, stores them in settings and counts with them', async () => {
  const points = await showAce();
  await userEvent.click(within(points).getByText('Points per activity type'));
  const book = within(points).getByRole('spinbutton', { name: 'Book' });
  await userEvent.type(book, '50');
  const blog = within(points).getByRole('spinbutton', { name: 'Blog post' });
  await userEvent.clear(blog);
  await userEvent.type(blog, '10');
  await userEvent.click(within(points).getByRole('button', { name: 'Save points' }));
  expect((await within(points).findByRole('status')).textContent).toBe('Saved the points.');
  expect((await loadSettings()).acePoints).toEqual({ Book: 50, 'Blog post': 10 });
  await waitFor(() => expect(points.textContent).toContain('This period: 80 points'));
  expect(points.textContent).not.toContain('Not counted');
  expect(within(screen.getByRole('region', { name: 'Oracle SQL, the book' })).getByText('50 points')).toBeTruthy();
});

it('shows no points for other programs', async () => {
  render(<ProgramPanel db={db} range={year} writeClipboard={vi.fn(async () => undefined)} />);
  await userEvent.click(await screen.findByRole('radio', { name: 'Microsoft MVP' }));
  await screen.findByRole('region', { name: 'APEX 24 tips' });
  expect(screen.queryByRole('region', { name: 'Oracle ACE points' })).toBeNull();
  expect(screen.queryByText(/^\d+ points$/)).toBeNull();
});
