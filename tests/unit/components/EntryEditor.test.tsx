import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EntryEditor } from '../../../components/EntryEditor';
import { TrackerDb } from '../../../lib/db/database';
import { saveDraft } from '../../../lib/db/contributions';
import { DraftSchema } from '../../../lib/schema/contribution';

let db: TrackerDb;
let n = 0;
beforeEach(() => {
  db = new TrackerDb(`entry-editor-${++n}`);
});
afterEach(cleanup);

async function stored() {
  const { id } = await saveDraft(
    db,
    DraftSchema.parse({ kind: 'blog-post', platform: 'generic', url: 'https://blog.example.com/p', title: 'My post', text: 'The post text.', own: true, source: 'one-click' }),
  );
  return (await db.contributions.get(id))!;
}

/** What the browser throws when the disk is full, as Dexie passes it on. */
const quotaError = () => Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });

describe('EntryEditor', () => {
  it('says the save failed and why, and keeps the edit in the form, when the write fails', async () => {
    const entry = await stored();
    const onDone = vi.fn();
    vi.spyOn(db.contributions, 'put').mockRejectedValueOnce(quotaError());
    render(<EntryEditor db={db} entry={entry} onDone={onDone} />);

    const title = screen.getByLabelText('Title');
    await userEvent.clear(title);
    await userEvent.type(title, 'My renamed post');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/not saved/);
    expect(alert.textContent).toMatch(/no room left/);
    expect(alert.textContent).toMatch(/still in this form/);
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('My renamed post');
    expect(onDone).not.toHaveBeenCalled();
    expect((await db.contributions.get(entry.id))?.title).toBe('My post');
    expect((screen.getByRole('button', { name: 'Save changes' }) as HTMLButtonElement).disabled).toBe(false);

    // Once there is room again, the same form saves what was typed, and the alert goes.
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await vi.waitFor(() => expect(onDone).toHaveBeenCalledOnce());
    expect((await db.contributions.get(entry.id))?.title).toBe('My renamed post');
    expect(screen.queryByRole('alert')).toBeNull();
    // Typing through userEvent is slow on a loaded machine; this is no timing target.
  }, 20_000);
});
