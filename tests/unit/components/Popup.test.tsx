import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Popup } from '../../../components/Popup';
import { TrackerDb } from '../../../lib/db/database';
import { saveDraft } from '../../../lib/db/contributions';
import { DraftSchema } from '../../../lib/schema/contribution';
import type { SavePageApi } from '../../../lib/save-page-client';
// The popup loads the Year tab and the editor as chunks; importing them here keeps their first transform out of a test's time limit.
import '../../../components/YearView';
import '../../../components/EntryEditor';

let db: TrackerDb;
let n = 0;
const now = new Date('2026-11-22T10:00:00.000Z');
beforeEach(() => {
  db = new TrackerDb(`popup-${++n}`);
});
afterEach(cleanup);

/** Stands in for the background's preview and save; each test sets the answers it needs. */
const savePage = (over: Partial<SavePageApi> = {}): SavePageApi => ({
  preview: vi.fn(),
  save: vi.fn(),
  screenshots: { get: async () => true, set: vi.fn() },
  ...over,
});

const add = (over: object) =>
  saveDraft(db, DraftSchema.parse({ kind: 'forum-answer', platform: 'stack-exchange', own: true, source: 'auto', ...over }));

/** The tabs after the first load their code when chosen (a dynamic import, slow on a busy machine). */
const LAZY = { timeout: 10_000 };

describe('Popup', () => {
  it('says what to do when the period is empty', async () => {
    render(<Popup db={db} now={now} savePage={savePage()} />);
    expect(await screen.findByText(/Nothing saved for this period yet/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Save this page' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Period' })).toHaveProperty('value', 'year-2026');
  });

  it('lists the period’s entries newest first with site, kind, date and link', async () => {
    await add({ url: 'https://stackoverflow.com/a/1', title: 'Older answer', publishedAt: '2026-02-01T10:00:00.000Z' });
    await add({ url: 'https://blog.example.com/p', title: 'Newer post', kind: 'blog-post', platform: 'generic', publishedAt: '2026-09-01T10:00:00.000Z' });
    await add({ url: 'https://stackoverflow.com/a/2', title: 'Last year', publishedAt: '2025-09-01T10:00:00.000Z' });
    render(<Popup db={db} now={now} savePage={savePage()} />);
    const list = await screen.findByRole('list', { name: /Contributions/ });
    // Rows are placeholders until their page of entries has loaded: wait for the links themselves.
    await waitFor(() => expect(within(list).getAllByRole('link')).toHaveLength(2));
    const rows = within(list).getAllByRole('listitem');
    expect(rows.map((row) => within(row).getByRole('link').textContent)).toEqual(['Newer post', 'Older answer']);
    expect(within(rows[0]!).getByRole('link').getAttribute('href')).toBe('https://blog.example.com/p');
    expect(rows[0]!.textContent).toContain('Web page');
    expect(rows[0]!.textContent).toContain('Blog post');
    expect(rows[1]!.textContent).toContain('Stack Exchange');
    expect(rows[1]!.querySelector('time')?.getAttribute('datetime')).toBe('2026-02-01T10:00:00.000Z');
  });

  it('offers every year back to the oldest entry, and All time', async () => {
    await add({ url: 'https://stackoverflow.com/a/3', title: 'From 2019', publishedAt: '2019-03-01T10:00:00.000Z' });
    render(<Popup db={db} now={now} savePage={savePage()} />);
    const period = screen.getByRole('combobox', { name: 'Period' });
    await waitFor(() => expect(within(period).getByRole('option', { name: '2019' })).toBeTruthy());
    await userEvent.selectOptions(period, 'All time');
    expect(await within(await screen.findByRole('list', { name: /Contributions/ })).findByRole('link', { name: 'From 2019' })).toBeTruthy();
  });

  it('shows an entry added by hand with an old date as just saved', async () => {
    render(<Popup db={db} now={now} savePage={savePage()} />);
    await userEvent.click(screen.getByRole('tab', { name: 'Add' }));
    // The Add tab's code loads when the tab is chosen.
    await userEvent.type(await screen.findByLabelText('Title', {}, LAZY), 'User group talk');
    const date = screen.getByLabelText('Date');
    await userEvent.clear(date);
    await userEvent.type(date, '2020-05-04');
    await userEvent.type(screen.getByLabelText(/^Link/), 'https://vmug.example/2020');
    await userEvent.click(screen.getByRole('button', { name: 'Add entry' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Show it' }));
    const saved = await screen.findByRole('region', { name: 'Just saved' });
    expect(await within(saved).findByRole('link', { name: 'User group talk' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Period' })).toHaveProperty('value', 'year-2026');
  });

  it('follows the ARIA tabs pattern: one tab in the tab order, arrows, Home and End move between them', async () => {
    render(<Popup db={db} now={now} savePage={savePage()} />);
    const year = screen.getByRole('tab', { name: 'Year' });
    expect(screen.getAllByRole('tab').map((tab) => tab.tabIndex)).toEqual([0, -1, -1, -1]);
    year.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Applications', selected: true }));
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Settings', selected: true }));
    await userEvent.keyboard('{Home}');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Year', selected: true }));
    await userEvent.keyboard('{End}');
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe('tab-settings');
  });

  it('shows a program’s own application window when the program is picked', async () => {
    render(<Popup db={db} now={now} savePage={savePage()} />);
    await userEvent.click(screen.getByRole('tab', { name: 'Applications' }));
    await userEvent.click(await screen.findByRole('radio', { name: 'Microsoft MVP' }));
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Period' })).toHaveProperty('value', 'mvp-2027'));
    await userEvent.click(screen.getByRole('radio', { name: 'vExpert' }));
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Period' })).toHaveProperty('value', 'year-2026'));
  });

  it('narrows the list to a month from the chart, and the glance follows the search', async () => {
    await add({ url: 'https://stackoverflow.com/a/1', title: 'February answer', publishedAt: '2026-02-01T10:00:00.000Z' });
    await add({ url: 'https://stackoverflow.com/a/2', title: 'September answer', publishedAt: '2026-09-01T10:00:00.000Z' });
    render(<Popup db={db} now={now} savePage={savePage()} />);
    const list = await screen.findByRole('list', { name: /Contributions/ });
    await waitFor(() => expect(within(list).getAllByRole('link')).toHaveLength(2));
    await userEvent.click(await screen.findByRole('button', { name: /^Feb 2026: 1/ }));
    await waitFor(() => expect(within(screen.getByRole('list', { name: /Contributions/ })).getAllByRole('link').map((a) => a.textContent)).toEqual(['February answer']));
    expect(screen.getByText('1 entry in Feb 2026')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Show all of 2026' }));
    await waitFor(() => expect(screen.getByText('2 entries in 2026')).toBeTruthy());
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), 'september');
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Search in' }), '2026 only');
    await waitFor(() => expect(screen.getByText('1 entry in 2026')).toBeTruthy());
    await waitFor(() => expect(document.querySelector('.glance .total')?.textContent).toBe('1 contribution · a year earlier 0'));
  });

  it('switches to another period', async () => {
    await add({ url: 'https://stackoverflow.com/a/2', title: 'Last year', publishedAt: '2025-09-01T10:00:00.000Z' });
    render(<Popup db={db} now={now} savePage={savePage()} />);
    expect(await screen.findByText(/Nothing saved for this period yet/)).toBeTruthy();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Period' }), 'MVP 2026 (Apr 2025 – Mar 2026)');
    expect(await within(await screen.findByRole('list', { name: /Contributions/ })).findByRole('link', { name: 'Last year' })).toBeTruthy();
  });

  it('renders captured markup as text', async () => {
    await add({ url: 'https://stackoverflow.com/a/3', title: '<img src=x onerror=alert(1)>', publishedAt: '2026-03-01T00:00:00.000Z' });
    const { container } = render(<Popup db={db} now={now} savePage={savePage()} />);
    expect((await screen.findAllByText('<img src=x onerror=alert(1)>')).length).toBeGreaterThan(0);
    expect(container.querySelector('img')).toBeNull();
  });

  it('saves the current page after showing what it found, and reports errors', async () => {
    const api = savePage({
      preview: vi
        .fn()
        .mockResolvedValueOnce({ ok: true, draft: { kind: 'blog-post', platform: 'generic', url: 'https://blog.example.com/p', title: 'My post', excerpt: '', own: true, source: 'one-click' } })
        .mockResolvedValueOnce({ ok: false, error: 'This page cannot be read: chrome:// pages are off limits' }),
      save: vi.fn().mockResolvedValueOnce({ ok: true, id: 'x', status: 'created' }),
    });
    render(<Popup db={db} now={now} savePage={api} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save this page' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Save' }));
    expect((await screen.findByText('Saved this page.')).getAttribute('role')).toBe('status');
    expect(api.save).toHaveBeenCalledWith({ kind: 'blog-post', title: 'My post' });
    await userEvent.click(screen.getByRole('button', { name: 'Save this page' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/cannot be read/);
  });


  it('moves between the year, applications, add and settings views', async () => {
    const openDashboard = vi.fn();
    render(<Popup db={db} now={now} savePage={savePage()} openDashboard={openDashboard} />);
    await userEvent.click(screen.getByRole('tab', { name: 'Applications' }));
    expect(screen.getByRole('tab', { name: 'Applications' }).getAttribute('aria-selected')).toBe('true');
    // The tabs after the first load their code when chosen (a dynamic import, slow on a busy machine).
    expect(await screen.findByRole('radiogroup', { name: 'Program' }, LAZY)).toBeTruthy();
    await userEvent.click(screen.getByRole('tab', { name: 'Add' }));
    expect(await screen.findByRole('form', { name: 'Add by hand' }, LAZY)).toBeTruthy();
    await userEvent.click(screen.getByRole('tab', { name: 'Settings' }));
    // The dashboard is one click away from any view: its button is in the header.
    await userEvent.click(within(screen.getByRole('banner')).getByRole('button', { name: 'Dashboard' }));
    expect(openDashboard).toHaveBeenCalledOnce();
  });
});
