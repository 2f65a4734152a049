import { describe, expect, it } from 'vitest';
import { provide, take, type Slot } from '../../lib/on-demand';

describe('the hand-over to a file imported on demand', () => {
  it('gives the content script what the imported file provided under the slot’s name', () => {
    const slot = 'onDemandTest:provided' as Slot<(n: number) => number>;
    provide(slot, (n) => n * 2);
    expect(take(slot, 'not loaded')(21)).toBe(42);
    expect(typeof (globalThis as Record<string, unknown>)[slot]).toBe('function');
  });

  it('says what did not load when the file provided nothing', () => {
    expect(() => take('onDemandTest:missing' as Slot<() => void>, 'The form filler did not load.')).toThrow('The form filler did not load.');
  });
});
