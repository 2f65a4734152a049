import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { Glance } from '../../../components/Glance';
import { TrackerDb } from '../../../lib/db/database';
import { entry } from '../../helpers/entries';

afterEach(cleanup);
const year = { from: '2026-01-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' };

describe('Glance', () => {
  it('counts only what passes the list’s filters and search, and a bar narrows to its month', async () => {
    const db = new TrackerDb('glance-4');
    await db.contributions.bulkAdd([
      entry({ kind: 'blog-post', title: 'NSX basics', publishedAt: '2026-02-01T00:00:00.000Z' }),
      entry({ kind: 'blog-post', title: 'vSAN tips', publishedAt: '2026-02-20T00:00:00.000Z' }),
      entry({ kind: 'talk', title: 'NSX talk', publishedAt: '2026-05-01T00:00:00.000Z' }),
    ]);
    const picked: (string | undefined)[] = [];
    render(<Glance db={db} range={year} label="2026" filter={{ search: 'nsx' }} month="2026-02" onMonth={(month) => picked.push(month)} />);
    const counts = await screen.findByRole('list', { name: 'Counts by category' });
    expect(within(counts).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Blog posts 1', 'Talks 1']);
    const february = screen.getByRole('button', { name: 'Feb 2026: 1, a year earlier 0' });
    expect(february.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(february);
    fireEvent.click(screen.getByRole('button', { name: 'May 2026: 1, a year earlier 0' }));
    expect(picked).toEqual([undefined, '2026-05']);
  });

  it('counts by category, charts the months, lists the latest and names what is missing', async () => {
    const db = new TrackerDb('glance-1');
    await db.contributions.bulkAdd([
      entry({ kind: 'blog-post', title: 'Post one', publishedAt: '2026-02-01T00:00:00.000Z' }),
      entry({ kind: 'blog-post', title: 'Post two', publishedAt: '2026-02-20T00:00:00.000Z' }),
      entry({ kind: 'forum-answer', title: 'Answer', publishedAt: '2026-05-01T00:00:00.000Z' }),
      entry({ kind: 'talk', title: 'Talk', publishedAt: '2026-09-01T00:00:00.000Z' }),
      entry({ kind: 'forum-answer', title: 'Not mine', own: false, publishedAt: '2026-09-02T00:00:00.000Z' }),
      entry({ kind: 'talk', title: 'Last year', publishedAt: '2025-03-03T00:00:00.000Z' }),
    ]);
    render(<Glance db={db} range={year} label="2026" />);
    const counts = await screen.findByRole('list', { name: 'Counts by category' });
    expect(within(counts).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Blog posts 2', 'Forum answers and threads 1', 'Talks 1']);
    expect(screen.getByText(/saved from others/).textContent).toBe(' · 1 saved from others');
    // A bar per month, each a button named with its number and the same month a year earlier.
    const bars = within(screen.getByRole('group', { name: 'Contributions per month' })).getAllByRole('button');
    expect(bars.map((bar) => bar.getAttribute('aria-label'))).toEqual([
      'Jan 2026: 0, a year earlier 0',
      'Feb 2026: 2, a year earlier 0',
      'Mar 2026: 0, a year earlier 1',
      'Apr 2026: 0, a year earlier 0',
      'May 2026: 1, a year earlier 0',
      'Jun 2026: 0, a year earlier 0',
      'Jul 2026: 0, a year earlier 0',
      'Aug 2026: 0, a year earlier 0',
      'Sep 2026: 1, a year earlier 0',
      'Oct 2026: 0, a year earlier 0',
      'Nov 2026: 0, a year earlier 0',
      'Dec 2026: 0, a year earlier 0',
    ]);
    expect(bars.map((bar) => bar.querySelector('.chart-count')?.textContent).join(' ')).toBe('0 2 0 0 1 0 0 0 1 0 0 0');
    expect(screen.getByText(/a year earlier/, { selector: '.total span' }).textContent).toBe(' · a year earlier 1');
    expect(screen.getByText(/^Nothing yet in this period/).textContent).toBe(
      'Nothing yet in this period: no video or podcast, no book, article or documentation, no open source or tool, no user group, event or mentoring.',
    );
    expect(within(screen.getByRole('list', { name: 'Latest contributions' })).getAllByRole('link').map((a) => a.textContent)).toEqual(['Talk', 'Answer', 'Post two', 'Post one']);
  });

  it('shows zero and everything missing for an empty period', async () => {
    render(<Glance db={new TrackerDb('glance-2')} range={year} label="2026" />);
    expect((await screen.findByText(/^0/, { selector: 'strong' })).textContent).toBe('0');
    expect(screen.getByText(/^Nothing yet in this period: no blog post, no forum answer/)).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Latest contributions' })).toBeNull();
  });

  it('waits to read the period until told to start, so the list’s first rows come first', async () => {
    const db = new TrackerDb('glance-3');
    await db.contributions.add(entry({ kind: 'talk', publishedAt: '2026-09-01T00:00:00.000Z' }));
    const { rerender } = render(<Glance db={db} range={year} label="2026" start={false} />);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.getByText('Counting…')).toBeTruthy();
    rerender(<Glance db={db} range={year} label="2026" start />);
    expect((await screen.findByRole('list', { name: 'Counts by category' })).textContent).toBe('Talks 1');
  });
});
