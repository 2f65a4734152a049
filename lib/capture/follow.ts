import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Detector } from '../adapters/define';

/** How the script notices its page moving in place, and routes again. */
export type FollowMoves = (ctx: ContentScriptContext, adapters: readonly Detector[], route: () => Promise<void>) => void;

/** WXT's own address watcher: enough where a move is a new address; families on Turbo or an SPA bring soft-navigation.ts. */
export const followAddress: FollowMoves = (ctx, _adapters, route) => ctx.addEventListener(window, 'wxt:locationchange', () => void route());
