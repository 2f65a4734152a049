import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ProgramPanel } from '../../../components/ProgramPanel';
import { TrackerDb } from '../../../lib/db/database';
import { entry } from '../../helpers/entries';

let db: TrackerDb;
let n = 0;
const year = { from: '2026-01-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' };
let clipboard: string[];
const writeClipboard = vi.fn(async (text: string) => void clipboard.push(text));

beforeEach(async () => {
  fakeBrowser.reset();
  clipboard = [];
  db = new TrackerDb(`programs-${++n}`);
  await db.contributions.bulkAdd([
    entry({ id: 'b1', kind: 'blog-post', title: 'NSX overlay basics', url: 'https://blog.example.com/nsx', publishedAt: '2026-02-01T10:00:00.000Z', excerpt: 'Overlay networking explained.' }),
    entry({ id: 'b2', kind: 'blog-post', title: 'vSphere 9 upgrade', url: 'https://blog.example.com/vs9', publishedAt: '2026-06-10T10:00:00.000Z' }),
    entry({ id: 'f1', kind: 'forum-answer', title: 'Answer', contextTitle: 'vMotion fails', url: 'https://stackoverflow.com/a/1', publishedAt: '2026-03-03T10:00:00.000Z' }),
    entry({ id: 'f2', kind: 'forum-answer', title: 'Answer 2', contextTitle: 'DRS rules', url: 'https://stackoverflow.com/a/2', publishedAt: '2026-03-09T10:00:00.000Z' }),
  ]);
});
afterEach(cleanup);

const show = () => render(<ProgramPanel db={db} range={year} writeClipboard={writeClipboard} />);

describe('ProgramPanel', () => {
  it('copies a vExpert category list exactly as previewed, with its count', async () => {
    show();
    const blogging = await screen.findByRole('region', { name: 'Blogging (2)' });
    const lines = '2026-02-01 - NSX overlay basics - https://blog.example.com/nsx\n2026-06-10 - vSphere 9 upgrade - https://blog.example.com/vs9';
    expect(within(blogging).getAllByText((_, element) => element?.tagName === 'PRE' && element.textContent === lines)).toHaveLength(1);
    await userEvent.click(within(blogging).getByRole('button', { name: 'Copy list: Blogging (2)' }));
    expect(clipboard).toEqual([lines]);
    // The outcome shows beside the button pressed, and the button says so.
    const button = within(blogging).getByRole('button', { name: 'Copy list: Blogging (2)' });
    await waitFor(() => expect(button.textContent).toBe('Copied'));
    expect(button.parentElement!.querySelector('[role="status"]')?.textContent).toBe(`Copied list: Blogging (2) (${lines.length} characters).`);
    await userEvent.click(within(blogging).getByRole('button', { name: 'Copy Blogging: count of Blogging (2)' }));
    expect(clipboard.at(-1)).toBe('2');
  });

  it('copies one MVP field, one activity and everything', async () => {
    show();
    await userEvent.click(await screen.findByRole('radio', { name: 'Microsoft MVP' }));
    const post = await screen.findByRole('region', { name: 'NSX overlay basics' });
    await userEvent.click(within(post).getByRole('button', { name: 'Copy Title of NSX overlay basics' }));
    expect(clipboard).toEqual(['NSX overlay basics']);
    await userEvent.click(within(post).getByRole('button', { name: 'Copy activity: NSX overlay basics' }));
    // The preview under the item is exactly what was pasted.
    expect(within(post).getByText('Preview of “Copy activity”').nextElementSibling?.textContent).toBe(clipboard.at(-1));
    expect(clipboard.at(-1)).toBe(
      ['Activity type: Blog', 'Title: NSX overlay basics', 'Description: Overlay networking explained.', 'Target audience: Developer', 'Published Date: 2026-02-01', 'Role: Author', 'Quantity: 1', 'URL: https://blog.example.com/nsx'].join('\n'),
    );
    const support = screen.getByRole('region', { name: 'Online Support, March 2026 (2)' });
    const supportTitle = 'Online support, March 2026: 2 answers on stackoverflow.com';
    // Each limited field shows its length against the limit.
    expect(within(support).getByText(`${supportTitle.length}/100`)).toBeTruthy();
    // Every activity needs a technology area: Copy all waits for it, and says so.
    const copyAll = screen.getByRole('button', { name: 'Copy all (3)' });
    expect(copyAll).toHaveProperty('disabled', true);
    expect(document.getElementById(copyAll.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Copy all waits for primary technology area: pick it above, as the portal requires it.',
    );
    expect(screen.getByRole('list', { name: 'Before you paste' }).textContent).toContain('Pick a primary technology area');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Primary technology area' }), 'Azure Networking');
    await waitFor(() => expect(copyAll).toHaveProperty('disabled', false));
    expect(copyAll.getAttribute('aria-describedby')).toBeNull();
    await userEvent.click(copyAll);
    await waitFor(() => expect(copyAll.textContent).toBe('Copied'));
    const all = clipboard.at(-1)!;
    expect(all.split('\n\n----\n\n')).toHaveLength(3);
    expect(all).toContain(`Title: ${supportTitle}\n`);
    expect(all).toContain('Primary technology area: Azure Networking');
  });

  it('keeps the technology area picked once and puts it in every activity', async () => {
    show();
    await userEvent.click(await screen.findByRole('radio', { name: 'Microsoft MVP' }));
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Primary technology area' }), 'Azure Networking');
    await userEvent.click(screen.getByRole('checkbox', { name: 'IT Pro' }));
    const post = await screen.findByRole('region', { name: 'vSphere 9 upgrade' });
    await waitFor(() => expect(within(post).getByText('Azure Networking')).toBeTruthy());
    expect(within(post).getByText('Developer, IT Pro')).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Before you paste' })).toBeNull();
    await waitFor(async () => expect((await fakeBrowser.storage.local.get('programChoices')).programChoices).toEqual({ mvp: { technologyFocusArea: 'Azure Networking', targetAudience: ['Developer', 'IT Pro'] } }));
  });

  it('marks an item submitted so it is not offered again, with undo', async () => {
    show();
    const forums = await screen.findByRole('region', { name: 'VMTN / community forums (2)' });
    await userEvent.click(within(forums).getByRole('button', { name: 'Mark 2 as submitted' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'VMTN / community forums (2)' })).toBeNull());
    expect((await db.contributions.get('f1'))?.programs.vexpert?.status).toBe('submitted');
    expect((await db.contributions.get('f1'))?.programs.mvp).toBeUndefined();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Include entries already submitted' }));
    expect(await screen.findByRole('region', { name: 'VMTN / community forums (2)' })).toBeTruthy();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Include entries already submitted' }));
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('region', { name: 'VMTN / community forums (2)' })).toBeTruthy();
    expect((await db.contributions.get('f1'))?.programs).toEqual({});
  });

  it('says when nothing is left to offer', async () => {
    await db.contributions.clear();
    show();
    expect(await screen.findByText(/Nothing new to offer vExpert in this period/)).toBeTruthy();
  });

  it('reports a clipboard that refuses', async () => {
    render(<ProgramPanel db={db} range={year} writeClipboard={() => Promise.reject(new Error('Document is not focused.'))} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Copy all (2)' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Could not copy: Document is not focused.');
  });
});
