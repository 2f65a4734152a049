import { afterEach, describe, expect, it } from 'vitest';
import { Component, type ReactNode } from 'react';
import { cleanup, render, screen } from '@testing-library/react';
import { TrackerDb } from '../../../lib/db/database';
import { useLive } from '../../../components/use-live';
import { entry } from '../../helpers/entries';

let n = 0;
afterEach(cleanup);

function Titles({ db, from }: { db: TrackerDb | undefined; from: string }) {
  const titles = useLive(db, async (db) => (await db.contributions.where('publishedAt').aboveOrEqual(from).sortBy('publishedAt')).map((row) => row.title), [from]);
  return <p data-testid="titles">{titles === undefined ? 'none yet' : titles.join(', ')}</p>;
}

/** A read that fails as a full disk makes it fail. */
function Failing({ db }: { db: TrackerDb }) {
  useLive(db, () => Promise.reject(new Error('QuotaExceededError: the disk is full')), []);
  return <p>read</p>;
}

class Caught extends Component<{ children: ReactNode }, { error?: string }> {
  override state: { error?: string } = {};
  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  override render() {
    return this.state.error ? <p role="alert">{this.state.error}</p> : this.props.children;
  }
}

describe('useLive', () => {
  it('reads nothing without a database, then answers, follows writes, and keeps the last answer while new deps are read', async () => {
    const db = new TrackerDb(`use-live-${++n}`);
    await db.contributions.bulkAdd([entry({ title: 'March', publishedAt: '2026-03-01T00:00:00.000Z' }), entry({ title: 'May', publishedAt: '2026-05-01T00:00:00.000Z' })]);
    const view = render(<Titles db={undefined} from="2026-01-01" />);
    expect(screen.getByTestId('titles').textContent).toBe('none yet');
    view.rerender(<Titles db={db} from="2026-01-01" />);
    expect(await screen.findByText('March, May')).toBeTruthy();
    await db.contributions.add(entry({ title: 'June', publishedAt: '2026-06-01T00:00:00.000Z' }));
    expect(await screen.findByText('March, May, June')).toBeTruthy();
    view.rerender(<Titles db={db} from="2026-04-01" />);
    // Drawn at once with the new deps: the previous answer, not an empty one.
    expect(screen.getByTestId('titles').textContent).toBe('March, May, June');
    expect(await screen.findByText('May, June')).toBeTruthy();
    db.close();
  });

  it('throws a failed read into the error boundary', async () => {
    const db = new TrackerDb(`use-live-${++n}`);
    render(
      <Caught>
        <Failing db={db} />
      </Caught>,
    );
    expect((await screen.findByRole('alert')).textContent).toBe('QuotaExceededError: the disk is full');
    db.close();
  });
});
