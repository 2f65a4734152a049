import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { watchUserSites } from '../../../lib/user-sites/background';
import { updateSettings } from '../../../lib/settings';

/** A browser event the fake browser does not provide. */
function event<Args extends unknown[]>() {
  const listeners: ((...args: Args) => void)[] = [];
  return { addListener: (fn: (...args: Args) => void) => void listeners.push(fn), trigger: (...args: Args) => listeners.forEach((fn) => fn(...args)) };
}

/** browser.permissions and browser.scripting, in memory. */
function fakes() {
  const granted = new Set<string>();
  const scripts = new Map<string, { id: string; matches: string[] }>();
  const permissions = {
    onAdded: event<[unknown]>(),
    onRemoved: event<[unknown]>(),
    contains: async ({ origins }: { origins: string[] }) => origins.every((origin) => granted.has(origin)),
  };
  const scripting = {
    getRegisteredContentScripts: async () => [...scripts.values()],
    registerContentScripts: async (list: { id: string; matches: string[] }[]) => list.forEach((script) => scripts.set(script.id, script)),
    unregisterContentScripts: async ({ ids }: { ids: string[] }) => ids.forEach((id) => scripts.delete(id)),
  };
  return { granted, scripts, permissions, scripting };
}

const FORUM = { origin: 'https://forum.example.org', adapter: 'discourse', addedAt: '2026-11-22T09:00:00.000Z' };
const ID = 'user-site:discourse@https://forum.example.org';

describe('the background keeps user-added sites registered', () => {
  let f: ReturnType<typeof fakes>;
  beforeEach(() => {
    fakeBrowser.reset();
    f = fakes();
    watchUserSites({ runtime: fakeBrowser.runtime, storage: fakeBrowser.storage, permissions: f.permissions, scripting: f.scripting } as never);
  });

  it('registers a site as soon as it is stored with access granted', async () => {
    f.granted.add('https://forum.example.org/*');
    await updateSettings((settings) => ({ ...settings, userSites: [FORUM] }));
    await expect.poll(() => [...f.scripts.keys()]).toEqual([ID]);
    expect(f.scripts.get(ID)?.matches).toEqual(['https://forum.example.org/*']);
  });

  it('registers it when access is granted after the site was stored (the prompt outlived the popup)', async () => {
    await updateSettings((settings) => ({ ...settings, userSites: [FORUM] }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(f.scripts.size).toBe(0);
    f.granted.add('https://forum.example.org/*');
    f.permissions.onAdded.trigger({ origins: ['https://forum.example.org/*'] });
    await expect.poll(() => f.scripts.size).toBe(1);
  });

  it.each([
    ['the browser starts', () => fakeBrowser.runtime.onStartup.trigger()],
    ['the extension is updated', () => fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0', temporary: false } as never)],
  ])('registers the stored sites again when %s', async (_when, trigger) => {
    await fakeBrowser.storage.local.set({ settings: { userSites: [FORUM] } });
    f.granted.add('https://forum.example.org/*');
    f.scripts.clear();
    await trigger();
    await expect.poll(() => [...f.scripts.keys()]).toEqual([ID]);
  });

  it('unregisters a site when it is removed, and when its access is revoked', async () => {
    f.granted.add('https://forum.example.org/*');
    await updateSettings((settings) => ({ ...settings, userSites: [FORUM] }));
    await expect.poll(() => f.scripts.size).toBe(1);

    f.granted.clear();
    f.permissions.onRemoved.trigger({ origins: ['https://forum.example.org/*'] });
    await expect.poll(() => f.scripts.size).toBe(0);

    f.granted.add('https://forum.example.org/*');
    f.permissions.onAdded.trigger({ origins: ['https://forum.example.org/*'] });
    await expect.poll(() => f.scripts.size).toBe(1);
    await updateSettings((settings) => ({ ...settings, userSites: [] }));
    await expect.poll(() => f.scripts.size).toBe(0);
  });

  it('ignores storage changes that are not the settings', async () => {
    f.granted.add('https://forum.example.org/*');
    await fakeBrowser.storage.local.set({ 'setting:userSite:https://forum.example.org': { adapter: FORUM.adapter, addedAt: FORUM.addedAt } });
    await expect.poll(() => f.scripts.size).toBe(1);
    f.scripts.clear();
    await fakeBrowser.storage.local.set({ 'outbox:x': { captureId: 'x' } });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(f.scripts.size).toBe(0);
  });
});
