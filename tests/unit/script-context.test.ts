import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startScriptContext } from '../../lib/script-context';

/** The old copy of a content script after its extension was reloaded: the runtime's id is gone. */
function extensionGone() {
  vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
}

describe('our content scripts’ context', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs timers and listeners while the extension is there', () => {
    const ctx = startScriptContext();
    const timeout = vi.fn();
    const interval = vi.fn();
    const listener = vi.fn();
    ctx.setTimeout(timeout, 10);
    ctx.setInterval(interval, 10);
    ctx.addEventListener(document, 'visibilitychange', listener);
    vi.advanceTimersByTime(25);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(timeout).toHaveBeenCalledOnce();
    expect(interval).toHaveBeenCalledTimes(2);
    expect(listener).toHaveBeenCalledOnce();
    expect(ctx.isValid).toBe(true);
    expect(ctx.signal.aborted).toBe(false);
  });

  it('stops everything, once, when a timer finds the extension gone', () => {
    const ctx = startScriptContext();
    const timeout = vi.fn();
    const interval = vi.fn();
    const listener = vi.fn();
    const invalidated = vi.fn();
    ctx.onInvalidated(invalidated);
    ctx.setTimeout(timeout, 10);
    ctx.setInterval(interval, 5);
    ctx.addEventListener(document, 'visibilitychange', listener);
    extensionGone();
    vi.advanceTimersByTime(30);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(ctx.signal.aborted).toBe(true);
    expect(ctx.isValid).toBe(false);
    expect(invalidated).toHaveBeenCalledOnce();
    expect(timeout).not.toHaveBeenCalled();
    expect(interval).not.toHaveBeenCalled();
    expect(listener).not.toHaveBeenCalled();
    // The interval was cleared with the abort, not just skipped.
    expect(vi.getTimerCount()).toBe(0);
  });

  it('skips an idle callback once invalidated', () => {
    // happy-dom has no idle callbacks: a timer stands in for the browser's.
    vi.stubGlobal('requestIdleCallback', (run: () => void, options: IdleRequestOptions) => setTimeout(run, options.timeout));
    vi.stubGlobal('cancelIdleCallback', (id: number) => clearTimeout(id));
    const ctx = startScriptContext();
    const kept = vi.fn();
    ctx.requestIdleCallback(kept, { timeout: 10 });
    vi.advanceTimersByTime(20);
    expect(kept).toHaveBeenCalledOnce();
    const idle = vi.fn();
    ctx.requestIdleCallback(idle, { timeout: 10 });
    extensionGone();
    expect(ctx.isValid).toBe(false);
    vi.advanceTimersByTime(50);
    expect(idle).not.toHaveBeenCalled();
  });
});
