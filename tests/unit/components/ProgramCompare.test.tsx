import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ProgramCompare } from '../../../components/ProgramCompare';
import { saveChoices } from '../../../lib/program-choices';
import { programs } from '../../../lib/programs';
import { entry } from '../../helpers/entries';

const post = entry({ id: 'b1', kind: 'blog-post', title: 'NSX overlay basics', url: 'https://blog.example.com/nsx', publishedAt: '2026-02-01T10:00:00.000Z', excerpt: 'Overlay networking explained.' });
const social = entry({ id: 's1', kind: 'social-post', title: 'A thread on NSX', url: 'https://mastodon.social/@me/1', publishedAt: '2026-02-02T10:00:00.000Z' });

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('ProgramCompare', () => {
  it('shows, by keyboard, one entry’s category and fields in every program side by side, each with its own picks', async () => {
    await saveChoices('mvp', { technologyFocusArea: 'Azure Networking' });
    render(<ProgramCompare entries={[post, social]} />);
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await userEvent.tab();
    expect(document.activeElement).toBe(screen.getByLabelText('Entry'));
    await userEvent.selectOptions(screen.getByLabelText('Entry'), 'NSX overlay basics');
    const table = screen.getByRole('table', { name: 'How each program takes “NSX overlay basics”' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(programs.map((program) => program.name));
    const mvp = within(table).getByRole('row', { name: /^Microsoft MVP/ });
    expect(within(mvp).getAllByRole('cell')[0]!.textContent).toBe('Blog');
    expect(within(mvp).getByText('Primary technology area').nextElementSibling!.textContent).toBe('Azure Networking');
    expect(within(mvp).getByText('Title').nextElementSibling!.textContent).toBe('NSX overlay basics');
  });

  it('says where an entry does not count', async () => {
    render(<ProgramCompare entries={[post, social]} />);
    await userEvent.click(screen.getByText('Compare programs for one entry'));
    await userEvent.selectOptions(screen.getByLabelText('Entry'), 'A thread on NSX');
    const mvp = screen.getByRole('row', { name: /^Microsoft MVP/ });
    expect(within(mvp).getAllByRole('cell')[0]!.textContent).toBe('Not counted');
  });
});
