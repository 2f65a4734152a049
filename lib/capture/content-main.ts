import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Adapter } from '../adapters/define';
import { followAddress, type FollowMoves } from './follow';
import { pageOutbox } from './page-outbox';
import { startCapture } from './runtime';

/**
 * The whole capture in one content script, for the sites the user added (entrypoints/user-sites.content.ts);
 * the built-in families split it into a detector and an extractor loaded on demand (detect-main.ts).
 */
export function runCaptureScript(ctx: ContentScriptContext, adapters: readonly Adapter[], follow: FollowMoves = followAddress): void {
  const { storage, outbox, keepRetrying, undo } = pageOutbox(ctx);
  const runtime = startCapture(adapters, { doc: document, win: window, storage, outbox, undo, signal: ctx.signal });
  const route = () =>
    runtime.route().then((routed) => {
      if (routed) keepRetrying();
    });
  // Routed in a task of its own, not inside the script's evaluation: storage calls made there had V8
  // collect source positions for the whole bundle (about 1.4 ms each in a trace), more than the work
  // itself. A page no adapter takes reads no storage and retries nothing.
  ctx.setTimeout(() => void route(), 0);
  follow(ctx, adapters, route);
}
