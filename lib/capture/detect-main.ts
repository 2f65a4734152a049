import { browser } from 'wxt/browser';
import type { ScriptContext } from '../script-context';
import type { Detector } from '../adapters/define';
import { take } from '../on-demand';
import { followAddress, type FollowMoves } from './follow';
import { startDetector } from './detector';
import type { Extractor } from './extractor';
import { extractorSlot } from './extractor-slot';
import { intentKey } from './intent';

/**
 * The body of every built-in capture content script: the family's detectors, and its extractor
 * (entrypoints/extract-<family>.ts, web-accessible) imported on demand. A module imported from a
 * content script runs in the content script's isolated world, with its extension APIs.
 */
export function runDetectorScript(ctx: ScriptContext, family: string, detectors: readonly Detector[], follow: FollowMoves = followAddress): void {
  const load = async () => {
    // Our own packaged file, by the runtime's address for it: nothing from the page reaches the specifier.
    // eslint-disable-next-line no-unsanitized/method
    await import(/* @vite-ignore */ browser.runtime.getURL(`/extract-${family}.js` as '/extract-page.js'));
    return take(extractorSlot(family), `the ${family} extractor did not load`)(ctx);
  };
  runDetectors(ctx, detectors, load, follow);
}

/** The detectors on this page, with `load` to start their extractor when something calls for it. */
export function runDetectors(ctx: ScriptContext, detectors: readonly Detector[], load: () => Promise<Extractor>, follow: FollowMoves = followAddress): void {
  const detector = startDetector(detectors, {
    doc: document,
    win: window,
    signal: ctx.signal,
    alive: () => ctx.isValid,
    // browser.storage is first touched here, on a page a detector takes: its set-up is part of a page's cost.
    // Async, as keepIntent: an old copy whose extension went away gets a rejection (handled there), not a throw.
    read: async (keys) => browser.storage.local.get(keys),
    keepIntent: async (intent) => browser.storage.local.set({ [intentKey(intent.adapterId)]: intent }),
    idle: (run) => ctx.requestIdleCallback(run, { timeout: 5_000 }),
    load,
  });
  const route = () => detector.route().then(() => undefined);
  // Routed in a task of its own, not inside the script's evaluation: storage calls made there had V8
  // collect source positions for the whole bundle (about 1.4 ms each in a trace), more than the work
  // itself. A page no detector takes reads no storage. A plain timer: ctx.setTimeout's validity check
  // reads chrome.runtime, whose bindings are built on first use (about 0.8 ms a page, README).
  setTimeout(() => ctx.signal.aborted || void route(), 0);
  follow(ctx, detectors, route);
}
