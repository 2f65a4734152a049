import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { UserSites } from '../../../components/UserSites';
import type { UserSitesApi } from '../../../lib/user-sites/manage';
import type { UserSite } from '../../../lib/schema/settings';

afterEach(cleanup);

function fakeApi(answer: boolean, initial: UserSite[] = [], granted: string[] = []) {
  let sites = [...initial];
  const access = new Set(granted);
  const api: UserSitesApi = {
    load: async () => sites,
    save: async (change) => (sites = change(sites)),
    request: vi.fn(async (pattern: string) => {
      if (answer) access.add(pattern);
      return answer;
    }),
    release: vi.fn(async (pattern: string) => access.delete(pattern)),
    granted: async (pattern) => access.has(pattern),
  };
  return api;
}

const FORUM: UserSite = { origin: 'https://forum.example.org', adapter: 'discourse', addedAt: '2026-11-01T00:00:00.000Z' };

describe('UserSites', () => {
  it('adds a forum by its address and lists it as active', async () => {
    const api = fakeApi(true);
    render(<UserSites api={api} />);
    await userEvent.type(screen.getByLabelText('Site address'), 'forum.example.org');
    expect((screen.getByLabelText('Runs on') as HTMLSelectElement).value).toBe('discourse');
    await userEvent.click(screen.getByRole('button', { name: 'Add site' }));
    expect((await screen.findByRole('status')).textContent).toBe('Added forum.example.org: your posts there are captured from now on.');
    const row = within(screen.getByRole('list', { name: 'Sites you added' })).getByRole('listitem');
    expect(row.textContent).toMatch(/forum\.example\.org.*Discourse.*Active/);
    expect((screen.getByLabelText('Site address') as HTMLInputElement).value).toBe('');
  });

  it('explains a bad address and asks the browser for nothing', async () => {
    const api = fakeApi(true);
    render(<UserSites api={api} />);
    await userEvent.type(screen.getByLabelText('Site address'), 'http://forum.example.org');
    await userEvent.click(screen.getByRole('button', { name: 'Add site' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Only https:\/\/ sites can be added/);
    expect(api.request).not.toHaveBeenCalled();
    expect(screen.queryByRole('list', { name: 'Sites you added' })).toBeNull();
  });

  it('says so when the user refuses access, and keeps nothing', async () => {
    render(<UserSites api={fakeApi(false)} />);
    await userEvent.type(screen.getByLabelText('Site address'), 'https://forum.example.org/t/x/1');
    await userEvent.click(screen.getByRole('button', { name: 'Add site' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Access to forum.example.org was not granted, so it was not added.');
    expect(screen.queryByRole('list', { name: 'Sites you added' })).toBeNull();
  });

  it('offers to allow access again for a site that lost it, and removes a site', async () => {
    const api = fakeApi(true, [FORUM]);
    render(<UserSites api={api} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Allow access to forum.example.org' }));
    expect(await screen.findByText('Active')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Remove forum.example.org' }));
    expect((await screen.findByRole('status')).textContent).toBe('Removed forum.example.org: nothing is read there any more.');
    expect(api.release).toHaveBeenCalledWith('https://forum.example.org/*');
    expect(screen.queryByRole('list', { name: 'Sites you added' })).toBeNull();
  });
});
