import { vi } from 'vitest';
import type { Adapter } from '../../lib/adapters/define';
import { startDetector } from '../../lib/capture/detector';
import { startExtractor } from '../../lib/capture/extractor';
import { intentKey } from '../../lib/capture/intent';
import type { Outbox, OutboxStorage } from '../../lib/capture/outbox';

export interface CapturePage {
  doc: Document;
  href: string;
  storage: OutboxStorage;
  /** Never reached by a test that captures nothing. */
  outbox?: Outbox;
  /** Whether an event is a person's own (default: watchUserActions, which a fake DOM's clicks never pass). */
  isUserAction?: (event: Event) => boolean;
}

/**
 * Capture on a page as a content script runs it (lib/capture/detect-main.ts): the detectors, with
 * the extractor over the same adapters started in-process when the detector calls for it.
 */
export function captureOn(adapters: readonly Adapter[], { doc, href, storage, outbox = {} as Outbox, isUserAction }: CapturePage) {
  const win = { location: { href }, setTimeout: (run: () => void) => setTimeout(run, 0) } as unknown as Window;
  const load = vi.fn(async () => startExtractor(adapters, { doc, win, storage, outbox, undo: vi.fn() }));
  const detector = startDetector(adapters, {
    doc,
    win,
    signal: new AbortController().signal,
    alive: () => true,
    read: (keys) => storage.get(keys),
    keepIntent: (intent) => storage.set({ [intentKey(intent.adapterId)]: intent }),
    idle: (run) => run(),
    load,
    isUserAction,
  });
  return { ...detector, load };
}
