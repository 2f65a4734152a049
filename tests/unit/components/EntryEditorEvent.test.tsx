import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EntryEditor } from '../../../components/EntryEditor';
import { TrackerDb } from '../../../lib/db/database';
import { saveDraft } from '../../../lib/db/contributions';
import { DraftSchema, type EventTimes } from '../../../lib/schema/contribution';

let db: TrackerDb;
let n = 0;
beforeEach(() => {
  db = new TrackerDb(`entry-editor-event-${++n}`);
});
afterEach(cleanup);

async function stored(kind: 'event' | 'blog-post', event?: EventTimes) {
  const { id } = await saveDraft(
    db,
    DraftSchema.parse({ kind, platform: 'meetup', url: `https://www.meetup.com/g/events/${n}`, title: 'Spring meeting', own: true, source: 'one-click', ...(event ? { event } : {}) }),
  );
  return (await db.contributions.get(id))!;
}

const MEETUP: EventTimes = { start: '2026-03-12T18:00', end: '2026-03-12T21:00', timeZone: 'Europe/Zurich', utcOffset: '+01:00', format: 'in-person', venue: 'Basel' };
const value = (label: string) => (screen.getByLabelText(label) as HTMLInputElement).value;

it('shows an event’s own times and stores the user’s corrections', async () => {
  const entry = await stored('event', MEETUP);
  const onDone = vi.fn();
  render(<EntryEditor db={db} entry={entry} onDone={onDone} />);
  const fields = screen.getByRole('group', { name: 'Event' });
  expect(within(fields).getByLabelText('Starts')).toBeTruthy();
  expect([value('Starts'), value('Ends'), value('Time zone'), value('UTC offset'), value('Venue')]).toEqual(['2026-03-12 18:00', '2026-03-12 21:00', 'Europe/Zurich', '+01:00', 'Basel']);
  await userEvent.clear(screen.getByLabelText('Ends'));
  await userEvent.type(screen.getByLabelText('Ends'), '2026-03-13 01:30');
  await userEvent.clear(screen.getByLabelText('Time zone'));
  await userEvent.type(screen.getByLabelText('Time zone'), 'Europe/Lisbon');
  await userEvent.selectOptions(screen.getByLabelText('Format'), 'Hybrid');
  await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
  await vi.waitFor(() => expect(onDone).toHaveBeenCalledOnce());
  expect((await db.contributions.get(entry.id))?.event).toEqual({ ...MEETUP, end: '2026-03-13T01:30', timeZone: 'Europe/Lisbon', format: 'hybrid' });
});

it('refuses a zone that is not one, and a time it cannot read, naming the field', async () => {
  const entry = await stored('event', MEETUP);
  render(<EntryEditor db={db} entry={entry} onDone={vi.fn()} />);
  await userEvent.clear(screen.getByLabelText('Time zone'));
  await userEvent.type(screen.getByLabelText('Time zone'), 'CEST');
  await userEvent.clear(screen.getByLabelText('Starts'));
  await userEvent.type(screen.getByLabelText('Starts'), 'Thursday evening');
  await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
  expect((await screen.findByText(/^Time zone: /)).textContent).toContain('IANA time zone');
  expect(screen.getByText(/^Starts: /).textContent).toContain('YYYY-MM-DD');
  expect(screen.getByLabelText('Time zone').getAttribute('aria-invalid')).toBe('true');
  expect((await db.contributions.get(entry.id))?.event).toEqual(MEETUP);
});

it('adds times to an event saved without them, and removes them when every field is cleared', async () => {
  const entry = await stored('event');
  const onDone = vi.fn();
  const { unmount } = render(<EntryEditor db={db} entry={entry} onDone={onDone} />);
  await userEvent.type(screen.getByLabelText('Starts'), '2026-05-06');
  await userEvent.type(screen.getByLabelText('UTC offset'), '-04:00');
  await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
  await vi.waitFor(() => expect(onDone).toHaveBeenCalledOnce());
  const saved = (await db.contributions.get(entry.id))!;
  expect(saved.event).toEqual({ start: '2026-05-06', utcOffset: '-04:00' });
  unmount();

  const done = vi.fn();
  render(<EntryEditor db={db} entry={saved} onDone={done} />);
  await userEvent.clear(screen.getByLabelText('Starts'));
  await userEvent.clear(screen.getByLabelText('UTC offset'));
  await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
  await vi.waitFor(() => expect(done).toHaveBeenCalledOnce());
  expect((await db.contributions.get(entry.id))?.event).toBeUndefined();
});

it('shows no event fields for a blog post', async () => {
  render(<EntryEditor db={db} entry={await stored('blog-post')} onDone={vi.fn()} />);
  expect(screen.queryByRole('group', { name: 'Event' })).toBeNull();
});
