import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFirstFrame } from '../../../entrypoints/popup/after-first-frame';

describe('afterFirstFrame', () => {
  let frames: FrameRequestCallback[];
  beforeEach(() => {
    vi.useFakeTimers();
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
  const drawFrame = () => frames.splice(0).forEach((callback) => callback(performance.now()));

  it('runs the work in a task after the next frame, not in the frame nor before it', () => {
    const work = vi.fn();
    afterFirstFrame(work, 100);
    vi.advanceTimersByTime(50);
    expect(work).not.toHaveBeenCalled();
    drawFrame();
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('runs it once only, when the fallback timer also comes', () => {
    const work = vi.fn();
    afterFirstFrame(work, 100);
    drawFrame();
    vi.advanceTimersByTime(200);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('runs it after the fallback time on a page that gets no frame (hidden)', () => {
    const work = vi.fn();
    afterFirstFrame(work, 100);
    vi.advanceTimersByTime(99);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(work).toHaveBeenCalledTimes(1);
  });
});
