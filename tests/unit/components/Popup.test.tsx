import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Popup } from '../../../components/Popup';
import { TrackerDb } from '../../../lib/db/database';
import { saveDraft } from '../../../lib/db/contributions';
import { DraftSchema } from '../../../lib/schema/contribution';

let db: TrackerDb;
let n = 0;
beforeEach(() => {
  db = new TrackerDb(`popup-${++n}`);
});
afterEach(cleanup);

const add = (over: object) =>
  saveDraft(db, DraftSchema.parse({ kind: 'forum-answer', platform: 'stack-exchange', own: true, source: 'auto', ...over }));

describe('Popup', () => {
  it('says what to do when the year is empty', async () => {
    render(<Popup db={db} year={2026} saveCurrentPage={vi.fn()} />);
    expect(await screen.findByText(/Nothing saved for 2026 yet/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Save this page' })).toBeTruthy();
  });

  it('lists the year’s entries newest first with site, kind, date and link', async () => {
    await add({ url: 'https://stackoverflow.com/a/1', title: 'Older answer', publishedAt: '2026-02-01T10:00:00.000Z' });
    await add({ url: 'https://blog.example.com/p', title: 'Newer post', kind: 'blog-post', platform: 'generic', publishedAt: '2026-09-01T10:00:00.000Z' });
    await add({ url: 'https://stackoverflow.com/a/2', title: 'Last year', publishedAt: '2025-09-01T10:00:00.000Z' });
    render(<Popup db={db} year={2026} saveCurrentPage={vi.fn()} />);
    const list = await screen.findByRole('list', { name: /Contributions/ });
    const rows = within(list).getAllByRole('listitem');
    expect(rows.map((row) => within(row).getByRole('link').textContent)).toEqual(['Newer post', 'Older answer']);
    expect(within(rows[0]!).getByRole('link').getAttribute('href')).toBe('https://blog.example.com/p');
    expect(rows[0]!.textContent).toContain('Web page');
    expect(rows[0]!.textContent).toContain('Blog post');
    expect(rows[1]!.textContent).toContain('Stack Exchange');
    expect(rows[1]!.querySelector('time')?.getAttribute('datetime')).toBe('2026-02-01T10:00:00.000Z');
  });

  it('renders captured markup as text', async () => {
    await add({ url: 'https://stackoverflow.com/a/3', title: '<img src=x onerror=alert(1)>', publishedAt: '2026-03-01T00:00:00.000Z' });
    const { container } = render(<Popup db={db} year={2026} saveCurrentPage={vi.fn()} />);
    expect(await screen.findByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
  });

  it('saves the current page and reports the outcome, including errors', async () => {
    const save = vi.fn().mockResolvedValueOnce({ ok: true, id: 'x', status: 'created' }).mockResolvedValueOnce({ ok: false, error: 'This page cannot be read: chrome:// pages are off limits' });
    render(<Popup db={db} year={2026} saveCurrentPage={save} />);
    const button = screen.getByRole('button', { name: 'Save this page' });
    await userEvent.click(button);
    expect((await screen.findByRole('status')).textContent).toBe('Saved this page.');
    await userEvent.click(button);
    expect((await screen.findByRole('alert')).textContent).toMatch(/cannot be read/);
  });
});
