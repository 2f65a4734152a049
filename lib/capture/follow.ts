import type { ScriptContext } from '../script-context';
import type { Detector } from '../adapters/define';

/** How the script notices its page moving in place, and routes again. */
export type FollowMoves = (ctx: ScriptContext, adapters: readonly Detector[], route: () => Promise<void>) => void;

/** How often the address is compared where the Navigation API is missing (Firefox ESR), as WXT's watcher did. */
const POLL_MS = 1_000;

/**
 * Routes again when the page's address changes without a load: on the Navigation API's navigate
 * event (to another address), else by comparing the address every POLL_MS. Enough where a move is a
 * new address; families on Turbo or an SPA bring soft-navigation.ts.
 */
export const followAddress: FollowMoves = (ctx, _adapters, route) => {
  let last = location.href;
  const moved = (href: string) => {
    if (href === last) return;
    last = href;
    void route();
  };
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (typeof navigation?.addEventListener === 'function') {
    ctx.addEventListener(navigation, 'navigate', (event) => moved(new URL((event as Event & { destination: { url: string } }).destination.url).href));
  } else ctx.setInterval(() => moved(location.href), POLL_MS);
};
