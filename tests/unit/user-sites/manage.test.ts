import { describe, expect, it, vi } from 'vitest';
import { addUserSite, allowUserSite, removeUserSite, type UserSitesApi } from '../../../lib/user-sites/manage';
import type { UserSite } from '../../../lib/schema/settings';

/** Settings and permissions in memory; `answer` is what the browser's prompt replies. */
function fakeApi(answer: () => Promise<boolean>, initial: UserSite[] = []) {
  let sites = [...initial];
  const granted = new Set<string>();
  const calls: string[] = [];
  const api: UserSitesApi = {
    load: async () => sites,
    save: vi.fn(async (change) => {
      calls.push('save');
      sites = change(sites);
      return sites;
    }),
    request: vi.fn((pattern: string) => {
      calls.push('request');
      return answer().then((ok) => {
        if (ok) granted.add(pattern);
        return ok;
      });
    }),
    release: vi.fn(async (pattern: string) => granted.delete(pattern)),
    granted: async (pattern) => granted.has(pattern),
  };
  return { api, calls, granted, sites: () => sites };
}

const NOW = new Date('2026-11-22T09:00:00.000Z');

describe('adding a site', () => {
  it('asks for the site first, synchronously (inside the click), then stores it', async () => {
    const { api, calls, granted, sites } = fakeApi(async () => true);
    const pending = addUserSite(api, 'forum.example.org', 'discourse', [], NOW);
    // Nothing awaited yet: the permission request already went out within the user's gesture.
    expect(api.request).toHaveBeenCalledWith('https://forum.example.org/*');
    expect(calls[0]).toBe('request');
    expect(await pending).toEqual({ ok: true, message: 'Added forum.example.org: your posts there are captured from now on.' });
    expect(sites()).toEqual([{ origin: 'https://forum.example.org', adapter: 'discourse', addedAt: '2026-11-22T09:00:00.000Z' }]);
    expect(granted.has('https://forum.example.org/*')).toBe(true);
  });

  it('stores the site before the answer, so a popup closed by the prompt still ends up registered', async () => {
    let reply!: (ok: boolean) => void;
    const { api, sites } = fakeApi(() => new Promise((resolve) => (reply = resolve)));
    const pending = addUserSite(api, 'https://forum.example.org', 'discourse', [], NOW);
    await vi.waitFor(() => expect(sites()).toHaveLength(1));
    reply(true);
    expect((await pending).ok).toBe(true);
  });

  it('keeps nothing when the user refuses access, and says so', async () => {
    const { api, sites } = fakeApi(async () => false);
    expect(await addUserSite(api, 'forum.example.org', 'discourse', [], NOW)).toEqual({
      ok: false,
      error: 'Access to forum.example.org was not granted, so it was not added.',
    });
    expect(sites()).toEqual([]);
  });

  it('treats a failed request (no gesture, browser error) as a refusal', async () => {
    const { api, sites } = fakeApi(() => Promise.reject(new Error('This function must be called during a user gesture')));
    expect((await addUserSite(api, 'forum.example.org', 'discourse', [], NOW)).ok).toBe(false);
    expect(sites()).toEqual([]);
  });

  it('refuses a bad address without asking the browser for anything', async () => {
    const { api } = fakeApi(async () => true);
    expect(await addUserSite(api, 'http://forum.example.org', 'discourse', [], NOW)).toEqual({
      ok: false,
      error: 'Only https:// sites can be added: pages sent without encryption are not read.',
    });
    expect(api.request).not.toHaveBeenCalled();
    expect(api.save).not.toHaveBeenCalled();
  });

  it('refuses a site the extension already supports', async () => {
    const { api } = fakeApi(async () => true);
    const result = await addUserSite(api, 'meta.discourse.org', 'discourse', [], NOW);
    expect(result).toEqual({ ok: false, error: 'meta.discourse.org is already supported: there is nothing to add.' });
    expect(api.request).not.toHaveBeenCalled();
  });
});

describe('removing a site and asking again', () => {
  const existing: UserSite = { origin: 'https://forum.example.org', adapter: 'discourse', addedAt: '2026-11-01T00:00:00.000Z' };

  it('forgets the site and gives its access back', async () => {
    const { api, sites, granted } = fakeApi(async () => true, [existing]);
    granted.add('https://forum.example.org/*');
    expect(await removeUserSite(api, 'https://forum.example.org')).toEqual({ ok: true, message: 'Removed forum.example.org: nothing is read there any more.' });
    expect(sites()).toEqual([]);
    expect(api.release).toHaveBeenCalledWith('https://forum.example.org/*');
    expect(granted.size).toBe(0);
  });

  it('asks for access again for a site that lost it', async () => {
    const { api, granted } = fakeApi(async () => true, [existing]);
    expect(await allowUserSite(api, existing)).toBe(true);
    expect(granted.has('https://forum.example.org/*')).toBe(true);
  });
});
