import { describe, expect, it, vi } from 'vitest';
import { drainOutbox } from '../../../lib/background/drain-outbox';
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
    expect(await drainOutbox(storage, db, NOW)).toEqual({ stored: 2, refused: [], kept: 0 });
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
    await Promise.all([drainOutbox(storage, db, NOW), drainOutbox(storage, db, NOW)]);
    expect(await db.contributions.count()).toBe(1);
    expect(storage.data.size).toBe(0);
  });

  it('drops an item nothing could ever store, and says why', async () => {
    const db = new TrackerDb(`drain-${++n}`);
    const storage = memoryStorage({ ...item('bad', { draft: { ...draft(1), url: 'javascript:alert(1)' } }), ...item('junk', {}), 'outbox:null': null });
    const report = await drainOutbox(storage, db, NOW);
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
    expect(await drainOutbox(storage, db, NOW)).toEqual({ stored: 0, refused: [], kept: 1 });
    expect([...storage.data.keys()]).toEqual(['outbox:a']);
  });
});
