import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AddEntryForm } from '../../../components/AddEntryForm';
import { TrackerDb } from '../../../lib/db/database';
import { serveLocale } from '../../helpers/i18n';

let db: TrackerDb;
let n = 0;
beforeEach(() => {
  db = new TrackerDb(`add-${++n}`);
});
afterEach(cleanup);

describe('AddEntryForm', () => {
  it('offers its choices and asks for their links in German', async () => {
    serveLocale('de');
    render(<AddEntryForm db={db} today="2026-11-22" />);
    const what = screen.getByLabelText('Was') as HTMLSelectElement;
    expect([...what.options].slice(0, 2).map((option) => option.textContent)).toEqual(['Vortrag oder öffentlicher Auftritt', 'Leitung einer User Group (VMUG, Meetup)']);
    expect(screen.getByLabelText('Adresse (die Veranstaltungsseite, Folien oder Aufzeichnung; optional)')).toBeTruthy();
    await userEvent.selectOptions(what, 'Forenantwort (auf einer nicht erfassten Website)');
    expect(screen.getByLabelText('Adresse (der Permalink der Antwort)')).toBeTruthy();
  });

  it('explains each wrong field with zod’s message and adds nothing', async () => {
    render(<AddEntryForm db={db} today="2026-11-22" />);
    await userEvent.type(screen.getByLabelText(/^Link/), 'javascript:alert(1)');
    await userEvent.type(screen.getByLabelText('Attendees'), '-5');
    await userEvent.click(screen.getByRole('button', { name: 'Add entry' }));
    expect(await screen.findByText('Title: a title is required')).toBeTruthy();
    expect(screen.getByText(/^Link \(.*\): must be an http\(s\) URL$/)).toBeTruthy();
    expect(screen.getByText(/^Attendees: .*>=\s*0/)).toBeTruthy();
    expect(screen.getByLabelText('Title').getAttribute('aria-invalid')).toBe('true');
    expect(await db.contributions.count()).toBe(0);
  });

  it('adds a forum answer from a site that is not captured, and flags a date in the future', async () => {
    render(<AddEntryForm db={db} today="2026-11-22" />);
    await userEvent.selectOptions(screen.getByLabelText('What'), 'Forum answer (a site not captured)');
    await userEvent.type(screen.getByLabelText('Title'), 'Answer on the VMUG forum');
    fireEvent.input(screen.getByLabelText('Date'), { target: { value: '2026-12-01' } });
    expect(screen.getByText('This date is in the future: check it, or keep it for something planned.')).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Date'), { target: { value: '2026-11-20' } });
    expect(screen.queryByText(/^This date is in the future/)).toBeNull();
    await userEvent.type(screen.getByLabelText('Link (the answer’s permalink)'), 'https://forum.vmug.example/t/42#7');
    await userEvent.click(screen.getByRole('button', { name: 'Add entry' }));
    expect((await screen.findByRole('status')).textContent).toBe('Added “Answer on the VMUG forum”.');
    expect((await db.contributions.toArray())[0]).toMatchObject({ kind: 'forum-answer', platform: 'manual', own: true });
  });

  it('adds a talk by hand as the user’s own, manual entry', async () => {
    render(<AddEntryForm db={db} today="2026-11-22" />);
    await userEvent.selectOptions(screen.getByLabelText('What'), 'User group leadership (VMUG, meetup)');
    expect(screen.getByLabelText('Link (the group’s page; optional)')).toBeTruthy();
    await userEvent.type(screen.getByLabelText('Title'), 'London VMUG leader');
    fireEvent.input(screen.getByLabelText('Date'), { target: { value: '2026-05-14' } });
    await userEvent.type(screen.getByLabelText('Where (event, group, publication)'), 'London VMUG');
    await userEvent.type(screen.getByLabelText(/^Link/), 'https://community.vmug.com/london');
    await userEvent.type(screen.getByLabelText('Attendees'), '60');
    await userEvent.type(screen.getByLabelText('Tags (comma-separated)'), 'vmug, community');
    await userEvent.type(screen.getByLabelText(/^Notes/), 'Ran four meetings.');
    await userEvent.click(screen.getByRole('button', { name: 'Add entry' }));
    expect((await screen.findByRole('status')).textContent).toBe('Added “London VMUG leader”.');
    const [stored] = await db.contributions.toArray();
    expect(stored).toMatchObject({
      kind: 'user-group',
      title: 'London VMUG leader',
      url: 'https://community.vmug.com/london',
      publishedAt: '2026-05-14T12:00:00.000Z',
      contextTitle: 'London VMUG',
      platform: 'manual',
      source: 'manual',
      own: true,
      tags: ['vmug', 'community'],
      notes: 'Ran four meetings.',
      metrics: { attendees: 60 },
    });
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('');
  });

  it('adds a talk with no link, marked optional, and still asks a blog post for one', async () => {
    render(<AddEntryForm db={db} today="2026-11-22" />);
    expect(screen.getByLabelText('Link (the event page, slides or recording; optional)')).toBeTruthy();
    await userEvent.type(screen.getByLabelText('Title'), 'Hallway-track panel');
    await userEvent.click(screen.getByRole('button', { name: 'Add entry' }));
    expect((await screen.findByRole('status')).textContent).toBe('Added “Hallway-track panel”.');
    expect((await db.contributions.toArray())[0]).toMatchObject({ kind: 'talk', title: 'Hallway-track panel' });
    await userEvent.selectOptions(screen.getByLabelText('What'), 'Blog post');
    expect(screen.getByLabelText('Link (the post)')).toBeTruthy();
    await userEvent.type(screen.getByLabelText('Title'), 'A post');
    await userEvent.click(screen.getByRole('button', { name: 'Add entry' }));
    expect(await screen.findByText(/^Link \(the post\): a link is required/)).toBeTruthy();
    expect(await db.contributions.count()).toBe(1);
  });

  it('refuses a link that is already saved', async () => {
    render(<AddEntryForm db={db} today="2026-11-22" />);
    const add = async () => {
      await userEvent.type(screen.getByLabelText('Title'), 'Keynote');
      await userEvent.type(screen.getByLabelText(/^Link/), 'https://vmug.example/usercon');
      await userEvent.click(screen.getByRole('button', { name: 'Add entry' }));
    };
    await add();
    // The first save empties the form when it lands: typing the second one before that (a loaded
    // runner) would lose keystrokes to the reset, and the second add would fail for another reason.
    await screen.findByRole('status');
    await add();
    expect(await screen.findByText(/: Already saved as “Keynote”\.$/)).toBeTruthy();
    expect(await db.contributions.count()).toBe(1);
  });
});
