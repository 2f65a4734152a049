import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ProgramPanel } from '../../../components/ProgramPanel';
import type { FillOnPortal } from '../../../lib/autofill/send-to-portal';
import { TrackerDb } from '../../../lib/db/database';
import { entry } from '../../helpers/entries';

let db: TrackerDb;
let n = 0;
const year = { from: '2026-01-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' };
const writeClipboard = vi.fn(async () => undefined);

beforeEach(async () => {
  fakeBrowser.reset();
  db = new TrackerDb(`program-fill-${++n}`);
  await db.contributions.bulkAdd([
    entry({ id: 'b1', kind: 'blog-post', title: 'NSX overlay basics', url: 'https://blog.example.com/nsx', publishedAt: '2026-02-01T10:00:00.000Z' }),
    entry({ id: 'f1', kind: 'forum-answer', title: 'Answer', contextTitle: 'vMotion fails', url: 'https://stackoverflow.com/a/1', publishedAt: '2026-03-03T10:00:00.000Z' }),
  ]);
});
afterEach(cleanup);

describe('ProgramPanel: fill on the portal', () => {
  it('asks the portal tab to fill one item, with the program and period, and shows the answer', async () => {
    const fillOnPortal = vi.fn<FillOnPortal>(async () => ({ text: 'Filled 12 fields on the portal: check the form there, then save it.' }));
    render(<ProgramPanel db={db} range={year} writeClipboard={writeClipboard} fillOnPortal={fillOnPortal} />);
    await userEvent.click(await screen.findByRole('radio', { name: 'Microsoft MVP' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Fill on the portal: NSX overlay basics' }));
    expect(fillOnPortal).toHaveBeenCalledWith({ programId: 'mvp', programName: 'Microsoft MVP', itemKey: 'b1', period: year });
    expect(await screen.findByText('Filled 12 fields on the portal: check the form there, then save it.', { selector: '.programs > [role="status"]' })).toBeTruthy();
  });

  it('offers vExpert’s lists all at once, and shows a refusal as an alert', async () => {
    const fillOnPortal = vi.fn<FillOnPortal>(async () => ({ text: 'Open the vExpert portal’s form in this tab first, then try again.', error: true }));
    render(<ProgramPanel db={db} range={year} writeClipboard={writeClipboard} fillOnPortal={fillOnPortal} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Fill all on the portal' }));
    expect(fillOnPortal).toHaveBeenCalledWith(expect.objectContaining({ programId: 'vexpert', itemKey: '*' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Open the vExpert portal’s form in this tab first, then try again.');
    const blogging = screen.getByRole('region', { name: 'Blogging (1)' });
    await userEvent.click(within(blogging).getByRole('button', { name: 'Fill on the portal: Blogging (1)' }));
    expect(fillOnPortal).toHaveBeenLastCalledWith(expect.objectContaining({ itemKey: 'blogging' }));
  });

  it('shows no fill buttons where there is no portal tab to fill (the dashboard)', async () => {
    render(<ProgramPanel db={db} range={year} writeClipboard={writeClipboard} />);
    await screen.findByRole('region', { name: 'Blogging (1)' });
    expect(screen.queryByRole('button', { name: /Fill/ })).toBeNull();
  });
});
