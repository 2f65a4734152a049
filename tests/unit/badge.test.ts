import { describe, expect, it, vi } from 'vitest';
import { badgeText, watchBadge } from '../../lib/badge';
import { TrackerDb } from '../../lib/db/database';
import { entry } from '../helpers/entries';

describe('badgeText', () => {
  it.each([
    [0, ''],
    [7, '7'],
    [999, '999'],
    [1000, '1k'],
    [1234, '1.2k'],
    [9999, '9.9k'],
    [12_345, '12k'],
    [2_000_000, '999k'],
  ])('%i → %j', (count, text) => {
    expect(badgeText(count)).toBe(text);
    expect(badgeText(count).length).toBeLessThanOrEqual(4);
  });
});

describe('watchBadge', () => {
  it('shows the year’s own entries and follows changes', async () => {
    const db = new TrackerDb('badge-1');
    await db.contributions.bulkAdd([
      entry({ id: 'a', publishedAt: '2026-02-01T00:00:00.000Z' }),
      entry({ id: 'b', publishedAt: '2026-03-01T00:00:00.000Z', own: false }),
      entry({ id: 'c', publishedAt: '2025-12-31T23:59:59.000Z' }),
    ]);
    const api = { setBadgeText: vi.fn(), setBadgeBackgroundColor: vi.fn() };
    const stop = watchBadge(db, api, () => new Date('2026-11-22T10:00:00.000Z'));
    await vi.waitFor(() => expect(api.setBadgeText).toHaveBeenLastCalledWith({ text: '1' }));
    await db.contributions.add(entry({ id: 'd', publishedAt: '2026-11-01T00:00:00.000Z' }));
    await vi.waitFor(() => expect(api.setBadgeText).toHaveBeenLastCalledWith({ text: '2' }));
    await db.contributions.delete('a');
    await db.contributions.delete('d');
    await vi.waitFor(() => expect(api.setBadgeText).toHaveBeenLastCalledWith({ text: '' }));
    stop();
  });

  it('counts once for a burst of writes, and stops following when told', async () => {
    const db = new TrackerDb('badge-2');
    const api = { setBadgeText: vi.fn(), setBadgeBackgroundColor: vi.fn() };
    const counted = vi.spyOn(db.contributions, 'where');
    // A window wide enough for twenty separate writes on a loaded machine; without it each write counts.
    const stop = watchBadge(db, api, () => new Date('2026-11-22T10:00:00.000Z'), 1000);
    await vi.waitFor(() => expect(api.setBadgeText).toHaveBeenLastCalledWith({ text: '' }));
    const before = counted.mock.calls.length;
    for (let i = 0; i < 20; i += 1) await db.contributions.add(entry({ id: `e${i}`, url: `https://example.com/${i}`, publishedAt: '2026-05-01T00:00:00.000Z' }));
    await vi.waitFor(() => expect(api.setBadgeText).toHaveBeenLastCalledWith({ text: '20' }));
    expect(counted.mock.calls.length - before).toBeLessThanOrEqual(2);
    stop();
    await db.contributions.add(entry({ id: 'late', url: 'https://example.com/late', publishedAt: '2026-05-01T00:00:00.000Z' }));
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(api.setBadgeText).toHaveBeenLastCalledWith({ text: '20' });
  });
});
