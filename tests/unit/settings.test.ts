import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings, updateSettings } from '../../lib/settings';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('has defaults and survives unreadable stored values', async () => {
    expect(await loadSettings()).toEqual({ disabledAdapters: [], handles: {}, userSites: [], screenshots: true });
    await fakeBrowser.storage.local.set({ settings: { screenshots: 'maybe' } });
    expect((await loadSettings()).screenshots).toBe(true);
  });

  it('writes a valid change and refuses an invalid one without writing', async () => {
    await updateSettings((s) => ({ ...s, screenshots: false }));
    expect((await loadSettings()).screenshots).toBe(false);
    await expect(updateSettings((s) => ({ ...s, userSites: [{ origin: 'http://x', adapter: 'discourse', addedAt: 'now' }] }))).rejects.toThrow(/https origin/);
    expect((await loadSettings()).userSites).toEqual([]);
  });
});
