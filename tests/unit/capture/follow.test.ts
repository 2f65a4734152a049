import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { followAddress } from '../../../lib/capture/follow';
import { startScriptContext } from '../../../lib/script-context';

/** Addresses on the test document's own origin (happy-dom's), where history can move. */
const at = (path: string) => new URL(path, location.origin).href;

/** The Navigation API's navigate event, as Chromium fires it for a move to `url`. */
const navigate = (url: string) => Object.assign(new Event('navigate'), { destination: { url } });

/** The extension reloaded: the runtime's id is gone, and the context notices at its next check. */
function extensionGone(ctx: { isValid: boolean }) {
  vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
  expect(ctx.isValid).toBe(false);
}

describe('following a page’s address', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    history.replaceState(null, '', at('/questions/1'));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('routes again on a navigate event to another address, not to the same one, and not once stopped', () => {
    const navigation = new EventTarget();
    vi.stubGlobal('navigation', navigation);
    const ctx = startScriptContext();
    const route = vi.fn(async () => undefined);
    followAddress(ctx, [], route);
    navigation.dispatchEvent(navigate(at('/questions/1')));
    expect(route).not.toHaveBeenCalled();
    navigation.dispatchEvent(navigate(at('/questions/2')));
    navigation.dispatchEvent(navigate(at('/questions/2')));
    expect(route).toHaveBeenCalledOnce();
    extensionGone(ctx);
    navigation.dispatchEvent(navigate(at('/questions/3')));
    expect(route).toHaveBeenCalledOnce();
  });

  it('compares the address every second without the Navigation API (Firefox ESR), until stopped', () => {
    vi.stubGlobal('navigation', undefined);
    const ctx = startScriptContext();
    const route = vi.fn(async () => undefined);
    followAddress(ctx, [], route);
    history.pushState(null, '', at('/questions/2'));
    vi.advanceTimersByTime(999);
    expect(route).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(route).toHaveBeenCalledOnce();
    // The same address stays quiet.
    vi.advanceTimersByTime(3_000);
    expect(route).toHaveBeenCalledOnce();
    extensionGone(ctx);
    expect(vi.getTimerCount()).toBe(0);
  });
});
