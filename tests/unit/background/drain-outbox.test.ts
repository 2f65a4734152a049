import { describe, expect, it, vi } from 'vitest';
import { drainOutbox, singleFlight } from '../../../lib/background/drain-outbox';
import { TrackerDb } from '../../../lib/db/database';
import { memoryStorage } from '../../helpers/memory-storage';

const draft = (n: number) => ({ kind: 'forum-answer', platform: 'stack-exchange', url: `https://stackoverflow.com/a/${n}`, title: `Answer ${n}`, own: true, source: 'auto' });
const item = (id: string, value: object, queuedAt = Date.parse('2026-11-20T08:00:00Z')) => ({ [`outbox:${id}`]: { captureId: id, queuedAt, attempts: 2, ...value } });
const NOW = () => new Date('2026-11-22T12:00:00Z');

let n = 0;
describe('drainOutbox', () => {
  it('stores what pages left pending, dated when it was captured, and empties the outbox', async () => {
    const db = new TrackerDb(`drain-${++n}`);
    const storage = memoryStorage({ ...item('a', { draft: draft(1) }), ...item('b', { draft: draft(2) }), settings: { screenshots: true }, 'intent:stack-exchange': { at: 1 } });
    expect(await drainOutbox(storage, db, { now: NOW })).toEqual({ stored: 2, refused: [], kept: 0 });
    const entries = await db.contributions.orderBy('url').toArray();
    expect(entries.map((entry) => [entry.url, entry.capturedAt])).toEqual([
      ['https://stackoverflow.com/a/1', '2026-11-20T08:00:00.000Z'],
      ['https://stackoverflow.com/a/2', '2026-11-20T08:00:00.000Z'],
    ]);
    expect([...storage.data.keys()].sort()).toEqual(['intent:stack-exchange', 'settings']);
  });

  it('makes no second entry when a page delivers the same capture too', async () => {
    const db = new TrackerDb(`drain-${++n}`);
    const storage = memoryStorage({ ...item('a', { draft: draft(1) }), ...item('b', { draft: { ...draft(1), url: 'https://stackoverflow.com/questions/9/q/1#1' } }) });
    await Promise.all([drainOutbox(storage, db, { now: NOW }), drainOutbox(storage, db, { now: NOW })]);
    expect(await db.contributions.count()).toBe(1);
    expect(storage.data.size).toBe(0);
  });

  it('drops an item nothing could ever store, and says why', async () => {
    const db = new TrackerDb(`drain-${++n}`);
    const storage = memoryStorage({ ...item('bad', { draft: { ...draft(1), url: 'javascript:alert(1)' } }), ...item('junk', {}), 'outbox:null': null });
    const report = await drainOutbox(storage, db, { now: NOW });
    expect(report.stored).toBe(0);
    expect(report.refused.map((refusal) => refusal.captureId).sort()).toEqual(['bad', 'junk', 'null']);
    expect(report.refused.find((refusal) => refusal.captureId === 'bad')?.error).toMatch(/http\(s\) URL/);
    expect(storage.data.size).toBe(0);
    expect(await db.contributions.count()).toBe(0);
  });

  it('keeps items when the database cannot store them', async () => {
    const db = new TrackerDb(`drain-${++n}`);
    vi.spyOn(db, 'transaction').mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const storage = memoryStorage(item('a', { draft: draft(1) }));
    expect(await drainOutbox(storage, db, { now: NOW })).toEqual({ stored: 0, refused: [], kept: 1 });
    expect([...storage.data.keys()]).toEqual(['outbox:a']);
  });
  it('on a page’s request, leaves a capture whose first delivery may still be under way to its page', async () => {
    const db = new TrackerDb(`drain-${++n}`);
    const now = NOW().getTime();
    const storage = memoryStorage({
      ...item('sending', { draft: draft(1), attempts: 0 }, now - 2_000),
      ...item('failed', { draft: draft(2), attempts: 1 }, now - 2_000),
      ...item('timed-out', { draft: draft(3), attempts: 0 }, now - 60_000),
    });
    expect(await drainOutbox(storage, db, { now: NOW, skipInFlight: true })).toMatchObject({ stored: 2 });
    expect([...storage.data.keys()]).toEqual(['outbox:sending']);
    expect(await drainOutbox(storage, db, { now: NOW })).toMatchObject({ stored: 1 }); // at browser start, all of it
  });
});

describe('singleFlight', () => {
  it('runs one pass at a time; requests during a pass share one pass that starts after it', async () => {
    const releases: (() => void)[] = [];
    const run = vi.fn(() => new Promise<void>((resolve) => releases.push(resolve)));
    const once = singleFlight(run);
    const first = once();
    const [second, third] = [once(), once()];
    expect(run).toHaveBeenCalledTimes(1);
    expect(second).toBe(third);
    releases[0]!();
    await first;
    await vi.waitFor(() => expect(run).toHaveBeenCalledTimes(2)); // the follow-up reads the outbox afresh
    releases[1]!();
    await Promise.all([second, third]);
    void once();
    expect(run).toHaveBeenCalledTimes(3);
    releases[2]!();
  });

  it('starts the follow-up even when the pass under way failed', async () => {
    const run = vi.fn().mockRejectedValueOnce(new Error('storage closing')).mockResolvedValue('done');
    const once = singleFlight(run);
    const failed = once();
    const next = once();
    await expect(failed).rejects.toThrow('storage closing');
    expect(await next).toBe('done');
  });
});
