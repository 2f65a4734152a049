import { describe, expect, it, vi } from 'vitest';
import { join } from 'node:path';
import stackExchange from '../../../lib/adapters/stack-exchange';
import { disabledAdapters } from '../../../lib/capture/disabled';
import { INJECTED_ATTR } from '../../../lib/capture/save-buttons';
import { captureOn } from '../../helpers/capture-page';
import { FIXTURES_DIR, loadDocument } from '../../helpers/fixtures';
import { memoryStorage } from '../../helpers/memory-storage';

const QUESTION = 'https://stackoverflow.com/questions/52742612/how-to-print-the-stack-trace-of-an-exception-object-in-python';

async function buttonsWith(stored: Record<string, unknown> = {}) {
  const doc = loadDocument(join(FIXTURES_DIR, 'stack-exchange', 'question-anonymous.html'));
  const capture = captureOn([stackExchange], { doc, href: QUESTION, storage: memoryStorage(stored) });
  await capture.route();
  capture.scan();
  return doc.querySelectorAll(`[${INJECTED_ATTR}="save"]`).length;
}

describe('per-site capture switch', () => {
  it('runs nothing on a site the user switched off, and runs again when switched on', async () => {
    expect(await buttonsWith({ 'setting:disabled:stack-exchange': true })).toBe(0);
    expect(await buttonsWith({ 'setting:disabled:reddit': true })).toBe(2);
    expect(await buttonsWith()).toBe(2);
  });

  it('reads the stored keys without trusting their values', () => {
    const stored = { 'setting:disabled:a': true, 'setting:disabled:x': 'yes', 'setting:disabled:y': null, 'setting:disabled:b': true, 'outbox:disabled:c': true };
    expect([...disabledAdapters(stored, ['a', 'b', 'c', 'x', 'y', 'z'])].sort()).toEqual(['a', 'b']);
    expect(disabledAdapters({}, ['a']).size).toBe(0);
  });

  it('reads storage once on a page its adapter takes (and loads no extractor there), and not at all on a page none takes', async () => {
    const doc = loadDocument(join(FIXTURES_DIR, 'stack-exchange', 'question-anonymous.html'));
    const run = async (href: string) => {
      const storage = memoryStorage({ 'setting:handle:stack-exchange': 'someone' });
      const get = vi.spyOn(storage, 'get');
      const listen = vi.spyOn(doc, 'addEventListener');
      const capture = captureOn([stackExchange], { doc, href, storage });
      const routed = await capture.route();
      const calls = { routed: routed?.site.id, reads: get.mock.calls, listeners: listen.mock.calls.length, loads: capture.load.mock.calls.length };
      listen.mockRestore();
      return calls;
    };
    const taken = await run(QUESTION);
    expect(taken.routed).toBe('stack-exchange');
    expect(taken.reads).toEqual([
      [['setting:disabled:stack-exchange', 'intent:stack-exchange', 'setting:handle:stack-exchange', 'handleLooked:stack-exchange', 'saveLabels']],
    ]);
    expect(taken.listeners).toBeGreaterThan(0);
    expect(taken.loads).toBe(0);
    expect(await run('https://stackoverflow.com/q/52742612')).toEqual({ routed: undefined, reads: [], listeners: 0, loads: 0 });
  });
});
