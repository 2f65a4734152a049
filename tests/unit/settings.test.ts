import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { legacyEntries, loadSettings, migrateSettings, updateSettings } from '../../lib/settings';
import { memoryStorage } from '../helpers/memory-storage';

const FORUM = { origin: 'https://forum.example.org', adapter: 'discourse', addedAt: '2026-01-02T03:04:05.000Z' };

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('has defaults, and a stored value that fails to parse falls back alone', async () => {
    expect(await loadSettings()).toEqual({ disabledAdapters: [], handles: {}, userSites: [], screenshots: true, acePoints: {} });
    await fakeBrowser.storage.local.set({
      'setting:screenshots': 'maybe',
      'setting:handle:reddit': 'me',
      'setting:handle:medium': 42,
      'setting:disabled:vimeo': true,
      'setting:userSite:http://plain.example': { adapter: 'discourse', addedAt: FORUM.addedAt },
      'setting:userSite:https://forum.example.org': { adapter: 'discourse', addedAt: FORUM.addedAt },
    });
    expect(await loadSettings()).toEqual({ disabledAdapters: ['vimeo'], handles: { reddit: 'me' }, userSites: [FORUM], screenshots: true, acePoints: {} });
  });

  it('writes a valid change and refuses an invalid one without writing', async () => {
    await updateSettings((s) => ({ ...s, screenshots: false }));
    expect((await loadSettings()).screenshots).toBe(false);
    await expect(updateSettings((s) => ({ ...s, userSites: [{ origin: 'http://x', adapter: 'discourse', addedAt: 'now' }] }))).rejects.toThrow(/https origin/);
    expect((await loadSettings()).userSites).toEqual([]);
  });

  it('keeps both of two changes made at once from pages that read the same settings', async () => {
    const storage = memoryStorage();
    // Both pages read before either writes: the race a single settings object lost.
    await Promise.all([
      updateSettings((s) => ({ ...s, disabledAdapters: [...s.disabledAdapters, 'reddit'] }), storage),
      updateSettings((s) => ({ ...s, disabledAdapters: [...s.disabledAdapters, 'medium'], handles: { ...s.handles, vimeo: 'me' } }), storage),
      updateSettings((s) => ({ ...s, screenshots: false }), storage),
    ]);
    expect(await loadSettings(storage)).toEqual({ disabledAdapters: ['medium', 'reddit'], handles: { vimeo: 'me' }, userSites: [], screenshots: false, acePoints: {} });
  });

  it('writes only the keys a change touched, and removes what it cleared', async () => {
    const storage = memoryStorage({ 'setting:handle:reddit': 'me', 'setting:disabled:vimeo': true });
    const written: string[] = [];
    const set = storage.set.bind(storage);
    storage.set = (items) => (written.push(...Object.keys(items)), set(items));
    await updateSettings((s) => ({ ...s, handles: { ...s.handles, medium: 'writer' }, disabledAdapters: [] }), storage);
    expect(written).toEqual(['setting:handle:medium']);
    expect(Object.fromEntries(storage.data)).toEqual({ 'setting:handle:reddit': 'me', 'setting:handle:medium': 'writer' });
  });
});

describe('migration from the single settings object', () => {
  const legacy = {
    disabledAdapters: ['reddit', 7, 'vimeo'],
    handles: { 'stack-exchange': 'aran-fey', medium: '', reddit: { bad: true } },
    userSites: [FORUM, { origin: 'ftp://x', adapter: 'ghost', addedAt: FORUM.addedAt }],
    screenshots: false,
  };

  it('keeps every value that parses, each checked alone', () => {
    expect(legacyEntries(legacy)).toEqual({
      'setting:screenshots': false,
      'setting:disabled:reddit': true,
      'setting:disabled:vimeo': true,
      'setting:handle:stack-exchange': 'aran-fey',
      'setting:userSite:https://forum.example.org': { adapter: 'discourse', addedAt: FORUM.addedAt },
    });
    expect(legacyEntries({ ...legacy, screenshots: 'sometimes' })).not.toHaveProperty('setting:screenshots');
    expect(legacyEntries('garbage')).toEqual({});
  });

  it('moves the user’s values to one key each and removes the old object, once', async () => {
    const storage = memoryStorage({ settings: legacy, 'outbox:a': { captureId: 'a' } });
    await migrateSettings(storage);
    expect(storage.data.has('settings')).toBe(false);
    expect(storage.data.get('outbox:a')).toEqual({ captureId: 'a' });
    expect(await loadSettings(storage)).toEqual({
      disabledAdapters: ['reddit', 'vimeo'],
      handles: { 'stack-exchange': 'aran-fey' },
      userSites: [FORUM],
      screenshots: false,
      acePoints: {},
    });
    const after = Object.fromEntries(storage.data);
    await migrateSettings(storage);
    expect(Object.fromEntries(storage.data)).toEqual(after);
  });

  it('never overwrites a value already written in the new layout', async () => {
    const storage = memoryStorage({ settings: legacy, 'setting:handle:stack-exchange': 'newer' });
    await migrateSettings(storage);
    expect((await loadSettings(storage)).handles).toEqual({ 'stack-exchange': 'newer' });
  });

  it('happens on first read when the background has not done it yet', async () => {
    await fakeBrowser.storage.local.set({ settings: { screenshots: false } });
    expect((await loadSettings()).screenshots).toBe(false);
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({});
  });
});
