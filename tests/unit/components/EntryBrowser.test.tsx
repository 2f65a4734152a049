import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EntryBrowser } from '../../../components/EntryBrowser';
import { TrackerDb } from '../../../lib/db/database';
import { entry } from '../../helpers/entries';
// The list loads the editor at the first Edit; importing it here keeps its first transform out of a test's time limit.
import '../../../components/EntryEditor';

let db: TrackerDb;
let n = 0;
const year = { from: '2026-01-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' };

beforeEach(async () => {
  db = new TrackerDb(`browser-${++n}`);
});
afterEach(cleanup);

const seed = () =>
  db.contributions.bulkAdd([
    entry({ id: 'a', kind: 'forum-answer', platform: 'stack-exchange', url: 'https://stackoverflow.com/a/1', title: 'Peering two VNets', publishedAt: '2026-01-10T00:00:00.000Z', tags: ['azure'] }),
    entry({ id: 'b', kind: 'blog-post', url: 'https://blog.example.com/nsx', title: 'NSX overlay notes', publishedAt: '2026-03-01T00:00:00.000Z', notes: 'for the VMUG' }),
    entry({ id: 'c', kind: 'forum-answer', platform: 'stack-exchange', url: 'https://superuser.com/a/2', title: 'Someone else’s answer', own: false, publishedAt: '2026-03-05T00:00:00.000Z' }),
    entry({ id: 'd', kind: 'talk', platform: 'manual', url: 'https://vmug.example/usercon', title: 'UserCon keynote', publishedAt: '2026-06-01T00:00:00.000Z', programs: { vexpert: { status: 'submitted', at: '2026-07-01T00:00:00.000Z' } } }),
  ]);

const list = () => screen.findByRole('list', { name: /Contributions/ });
const titles = async () => within(await list()).getAllByRole('listitem').map((row) => within(row).getByRole('link').textContent);
const everything = { from: '2000-01-01T00:00:00.000Z', to: '2100-01-01T00:00:00.000Z' };
const show = (justSaved: string[] = []) =>
  render(<EntryBrowser db={db} range={year} label="2026" everything={everything} justSaved={justSaved} emptyHint="Nothing saved for this period yet." />);

describe('EntryBrowser', () => {
  it('says the period is empty, and separately when filters match nothing', async () => {
    show();
    expect(await screen.findByText('Nothing saved for this period yet.')).toBeTruthy();
    await seed();
    await waitFor(async () => expect(await titles()).toHaveLength(4));
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), 'no such thing');
    expect(await screen.findByText('No entries in all periods match these filters.')).toBeTruthy();
  });

  it('filters by kind, site, tag, whose and submitted, and searches', async () => {
    await seed();
    show();
    await waitFor(async () => expect(await titles()).toEqual(['UserCon keynote', 'Someone else’s answer', 'NSX overlay notes', 'Peering two VNets']));
    expect(screen.getByText('4 entries in 2026')).toBeTruthy();

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'Forum answer');
    await waitFor(async () => expect(await titles()).toEqual(['Someone else’s answer', 'Peering two VNets']));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Whose' }), 'Mine');
    await waitFor(async () => expect(await titles()).toEqual(['Peering two VNets']));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'All kinds');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Whose' }), 'Mine and saved');

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Site' }), 'Added by hand');
    await waitFor(async () => expect(await titles()).toEqual(['UserCon keynote']));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Site' }), 'All sites');

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Tag' }), 'azure');
    await waitFor(async () => expect(await titles()).toEqual(['Peering two VNets']));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Tag' }), 'All tags');

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Submitted' }), 'Not yet submitted to vExpert');
    await waitFor(async () => expect(await titles()).toEqual(['Someone else’s answer', 'NSX overlay notes', 'Peering two VNets']));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Submitted' }), 'Submitted or not');

    await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), 'vmug');
    await waitFor(async () => expect(await titles()).toEqual(['UserCon keynote', 'NSX overlay notes']));
  });

  it('searches every period unless narrowed to the chosen one', async () => {
    await seed();
    await db.contributions.add(entry({ id: 'old', url: 'https://vmug.example/2019', title: 'VMUG talk of 2019', kind: 'talk', platform: 'manual', publishedAt: '2019-05-01T00:00:00.000Z' }));
    show();
    await waitFor(async () => expect(await titles()).toHaveLength(4));
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), 'vmug');
    await waitFor(async () => expect(await titles()).toEqual(['UserCon keynote', 'NSX overlay notes', 'VMUG talk of 2019']));
    expect(screen.getByText('3 entries in all periods')).toBeTruthy();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Search in' }), '2026 only');
    await waitFor(async () => expect(await titles()).toEqual(['UserCon keynote', 'NSX overlay notes']));
    expect(screen.getByText('2 entries in 2026')).toBeTruthy();
  });

  it('shows what was just saved even when its date is outside the period', async () => {
    await seed();
    await db.contributions.add(entry({ id: 'old', url: 'https://vmug.example/2019', title: 'VMUG talk of 2019', kind: 'talk', platform: 'manual', publishedAt: '2019-05-01T00:00:00.000Z' }));
    show(['old']);
    const saved = await screen.findByRole('region', { name: 'Just saved' });
    expect(await within(saved).findByRole('link', { name: 'VMUG talk of 2019' })).toBeTruthy();
    await waitFor(async () => expect(await titles()).not.toContain('VMUG talk of 2019'));
  });

  it('edits an entry inline and saves it', async () => {
    await seed();
    show();
    await userEvent.click(await screen.findByRole('button', { name: 'Edit “NSX overlay notes”' }));
    const form = await screen.findByRole('form', { name: 'Edit “NSX overlay notes”' });
    const title = within(form).getByLabelText('Title');
    await userEvent.clear(title);
    await userEvent.type(title, 'NSX overlay, revised');
    await userEvent.selectOptions(within(form).getByLabelText('Kind'), 'Article');
    await userEvent.type(within(form).getByLabelText('Tags (comma-separated)'), 'nsx, networking, nsx');
    await userEvent.type(within(form).getByLabelText(/^Private notes/), 'ask for a review');
    await userEvent.type(within(form).getByLabelText('Views'), '250');
    fireEvent.input(within(form).getByLabelText('Date'), { target: { value: '2026-03-09' } });
    await userEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
    expect(await db.contributions.get('b')).toMatchObject({
      title: 'NSX overlay, revised',
      kind: 'article',
      tags: ['nsx', 'networking'],
      privateNotes: 'ask for a review',
      notes: 'for the VMUG',
      publishedAt: '2026-03-09T12:00:00.000Z',
      metrics: { views: 250 },
    });
    expect(await within(await list()).findByRole('link', { name: 'NSX overlay, revised' })).toBeTruthy();
  });

  it('shows zod’s message next to each wrong field and keeps the entry unchanged', async () => {
    await seed();
    show();
    await userEvent.click(await screen.findByRole('button', { name: 'Edit “NSX overlay notes”' }));
    const form = await screen.findByRole('form', { name: 'Edit “NSX overlay notes”' });
    await userEvent.clear(within(form).getByLabelText('Title'));
    await userEvent.type(within(form).getByLabelText('Attendees'), '-3');
    await userEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    await within(form).findByText('Title: a title is required');
    const title = within(form).getByLabelText('Title');
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(title.getAttribute('aria-describedby')!)?.textContent).toBe('Title: a title is required');
    const attendees = within(form).getByLabelText('Attendees');
    expect(document.getElementById(attendees.getAttribute('aria-describedby')!)?.textContent).toMatch(/^Attendees: .*>=\s*0/);
    expect((await db.contributions.get('b'))?.title).toBe('NSX overlay notes');
    await userEvent.click(within(form).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('form')).toBeNull();
  });

  it('moves the keyboard to what was acted on: the editor, the first bad field, back to the row, then Undo', async () => {
    await seed();
    show();
    await userEvent.click(await screen.findByRole('button', { name: 'Edit “NSX overlay notes”' }));
    const form = await screen.findByRole('form', { name: 'Edit “NSX overlay notes”' });
    expect(document.activeElement).toBe(within(form).getByLabelText('Title'));
    await userEvent.type(within(form).getByLabelText('Attendees'), '-3');
    await userEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(document.activeElement).toBe(within(form).getByLabelText('Attendees')));
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit “NSX overlay notes”' })));
    await userEvent.click(screen.getByRole('button', { name: 'Delete “NSX overlay notes”' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Undo' })));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('changes the link, the site and whose it is; refuses another entry’s link; flags a future date', async () => {
    await seed();
    show();
    await userEvent.click(await screen.findByRole('button', { name: 'Edit “NSX overlay notes”' }));
    const form = await screen.findByRole('form', { name: 'Edit “NSX overlay notes”' });
    const link = within(form).getByLabelText('Link');
    await userEvent.clear(link);
    await userEvent.type(link, 'https://stackoverflow.com/a/1');
    await userEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(await within(form).findByText('Link: Already saved as “Peering two VNets”.')).toBeTruthy();
    await userEvent.clear(link);
    await userEvent.type(link, 'https://medium.com/@me/nsx-overlay');
    await userEvent.selectOptions(within(form).getByLabelText('Site'), 'Medium');
    await userEvent.selectOptions(within(form).getByLabelText('Whose'), 'Saved from others');
    fireEvent.input(within(form).getByLabelText('Date'), { target: { value: '2099-01-05' } });
    expect(within(form).getByText(/^This date is in the future/)).toBeTruthy();
    fireEvent.input(within(form).getByLabelText('Date'), { target: { value: '2026-03-02' } });
    expect(within(form).queryByText(/^This date is in the future/)).toBeNull();
    await userEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
    expect(await db.contributions.get('b')).toMatchObject({ url: 'https://medium.com/@me/nsx-overlay', platform: 'medium', own: false, publishedAt: '2026-03-02T12:00:00.000Z' });
  });

  it('shows a hand-added talk without a link as text, and lets the editor take its link away', async () => {
    await db.contributions.add(entry({ id: 'd', kind: 'talk', platform: 'manual', source: 'manual', url: 'https://vmug.example/usercon', title: 'UserCon keynote', publishedAt: '2026-06-01T00:00:00.000Z' }));
    show();
    await userEvent.click(await screen.findByRole('button', { name: 'Edit “UserCon keynote”' }));
    const form = screen.getByRole('form', { name: 'Edit “UserCon keynote”' });
    await userEvent.clear(within(form).getByLabelText('Link'));
    await userEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
    expect((await db.contributions.get('d'))?.url).toBeUndefined();
    const row = within(await list()).getAllByRole('listitem').find((item) => item.textContent?.includes('UserCon keynote'))!;
    expect(within(row).queryByRole('link')).toBeNull();
    expect(within(row).getByText('UserCon keynote')).toBeTruthy();
  });

  it('a search follows writes made while it is shown: new matches appear, deleted ones go', async () => {
    await seed();
    show();
    await waitFor(async () => expect(await titles()).toHaveLength(4));
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), 'vmug');
    await waitFor(async () => expect(await titles()).toEqual(['UserCon keynote', 'NSX overlay notes']));
    await db.contributions.add(entry({ id: 'new', url: 'https://vmug.example/meetup', title: 'VMUG meetup', publishedAt: '2026-09-01T00:00:00.000Z' }));
    await waitFor(async () => expect(await titles()).toEqual(['VMUG meetup', 'UserCon keynote', 'NSX overlay notes']));
    await db.contributions.delete('d');
    await waitFor(async () => expect(await titles()).toEqual(['VMUG meetup', 'NSX overlay notes']));
    expect(screen.getByText('2 entries in all periods')).toBeTruthy();
  });

  it('deletes with undo', async () => {
    await seed();
    await db.screenshots.add({ id: 's', contributionId: 'b', takenAt: '2026-03-01T00:00:00.000Z', dataUrl: 'data:image/png;base64,AA==' });
    const before = await db.contributions.get('b');
    show();
    await userEvent.click(await screen.findByRole('button', { name: 'Delete “NSX overlay notes”' }));
    expect((await screen.findByRole('status')).textContent).toContain('Deleted “NSX overlay notes”.');
    await waitFor(async () => expect(await titles()).not.toContain('NSX overlay notes'));
    expect(await db.contributions.get('b')).toBeUndefined();
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await titles()).toContain('NSX overlay notes'));
    expect(await db.contributions.get('b')).toEqual(before);
    expect(await db.screenshots.get('s')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('renders only a window of a 10,000-entry list and reads more as it scrolls', async () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      entry({ id: `m${String(i).padStart(5, '0')}`, url: `https://stackoverflow.com/a/${i}`, title: `Answer ${i}`, kind: 'forum-answer', publishedAt: new Date(Date.UTC(2026, 0, 1) + i * 3_000_000).toISOString() }),
    );
    await db.contributions.bulkAdd(many);
    show();
    expect(await screen.findByText('10000 entries in 2026')).toBeTruthy();
    const rows = await within(await list()).findAllByRole('listitem');
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(40);
    await waitFor(() => expect(within(rows[0]!).getByRole('link').textContent).toBe('Answer 9999'));
    expect(rows[0]!.getAttribute('aria-setsize')).toBe('10000');

    const scroller = (await list()).parentElement!;
    scroller.scrollTop = 60 * 5000;
    fireEvent.scroll(scroller);
    await waitFor(() => expect(within(screen.getByRole('list', { name: /Contributions/ })).getByRole('link', { name: 'Answer 4999' })).toBeTruthy());
    expect(within(screen.getByRole('list', { name: /Contributions/ })).getAllByRole('listitem').length).toBeLessThan(40);
  }, 30_000);
});
