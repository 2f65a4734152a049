import { describe, expect, it, vi } from 'vitest';
import { releaseOrphanedHosts } from '../../../lib/backfill/borrowed-hosts';
import { borrowHosts, type HostPermissions } from '../../../lib/backfill/permissions';
import { memoryStorage } from '../../helpers/memory-storage';

const FEED = 'https://blog.example.com/*';
const SITE = 'https://forum.example.org/*';

function fakePermissions(had: string[] = []): HostPermissions & { granted: Set<string> } {
  const granted = new Set(had);
  return {
    granted,
    contains: vi.fn(async ([origin]: string[]) => granted.has(origin!)),
    request: vi.fn(async (origins: string[]) => (origins.forEach((origin) => granted.add(origin)), true)),
    remove: vi.fn(async (origins: string[]) => (origins.forEach((origin) => granted.delete(origin)), true)),
  };
}

const records = (storage: ReturnType<typeof memoryStorage>) => [...storage.data.entries()].filter(([key]) => key.startsWith('borrowedHosts:'));

describe('borrowed host access', () => {
  it('is noted before the import reads anything and the note goes when the import gives it back', async () => {
    const permissions = fakePermissions([SITE]);
    const storage = memoryStorage();
    const access = borrowHosts(permissions, [FEED, SITE], storage);
    expect(await access.granted).toBe(true);
    // Only what was not granted before: the user's own site keeps its access.
    expect(records(storage).map(([, value]) => value)).toEqual([{ origins: [FEED], startedAt: expect.any(Number) }]);
    await access.giveBack();
    expect(records(storage)).toEqual([]);
    expect([...permissions.granted]).toEqual([SITE]);
  });

  it('notes nothing when nothing was borrowed or the user said no', async () => {
    const storage = memoryStorage();
    await borrowHosts(fakePermissions([FEED]), [FEED], storage).granted;
    const refused = fakePermissions();
    vi.mocked(refused.request).mockResolvedValue(false);
    await borrowHosts(refused, [FEED], storage).granted;
    expect(records(storage)).toEqual([]);
  });

  it('is given back by the background once the dashboard that borrowed it is closed', async () => {
    const permissions = fakePermissions([SITE]);
    const storage = memoryStorage();
    await borrowHosts(permissions, [FEED], storage).granted; // the page closes here: giveBack never runs
    const deps = { storage, permissions, importPageOpen: vi.fn(async () => true), kept: async () => [SITE] };

    expect(await releaseOrphanedHosts(deps)).toEqual([]);
    expect(permissions.granted.has(FEED)).toBe(true); // a dashboard is open: its import may still run

    deps.importPageOpen.mockResolvedValue(false);
    expect(await releaseOrphanedHosts(deps)).toEqual([FEED]);
    expect([...permissions.granted]).toEqual([SITE]);
    expect(records(storage)).toEqual([]);
  });

  it('never takes back a site the user added meanwhile, and survives a malformed note', async () => {
    const permissions = fakePermissions([FEED, SITE]);
    const storage = memoryStorage({ 'borrowedHosts:a': { origins: [SITE, FEED, 7], startedAt: 1 }, 'borrowedHosts:b': 'garbage', 'outbox:x': {} });
    expect(await releaseOrphanedHosts({ storage, permissions, importPageOpen: async () => false, kept: async () => [SITE] })).toEqual([FEED]);
    expect([...storage.data.keys()]).toEqual(['outbox:x']);
  });
});
