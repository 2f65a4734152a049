import type { Detector } from '../adapters/define';
import type { FollowMoves } from './follow';
import { matchPattern } from './match';
import { INJECTED_ATTR } from './save-buttons';

/**
 * In-page navigation. GitHub (Turbo, and its React router) and LinkedIn move between pages with
 * history.pushState: no load, so no content script starts at the new address. The script already
 * on the page notices the move, waits for the new content, and routes again.
 */

/** What the watchers need from the page; tests pass a fake window. */
export interface PageWatch {
  doc: Document;
  win: Window;
  /** Stops every listener (the content script's context went away, or the watch is done). */
  signal: AbortSignal;
}

/**
 * Document events GitHub fires once a soft navigation has rendered: Turbo's on classic pages, its
 * React router's on the rest (the events refined-github and GitHub userscripts re-run on).
 */
const GITHUB_RENDERED = ['turbo:load', 'soft-nav:end'] as const;

/** A new page has settled once its DOM has been quiet this long… */
export const QUIET_MS = 200;
/** …or after this long, for a page that never stops changing (a live feed). */
export const SETTLE_MAX_MS = 3000;

/** A page's address without its fragment: a jump to #comment-12 stays on the same page. */
const pageKey = (href: string) => href.split('#')[0];

/** Whether any of the family's adapters runs on this address (their own match patterns decide). */
export function capturable(adapters: readonly Detector[], url: URL): boolean {
  return adapters.some((adapter) => adapter.site.matches.some((pattern) => matchPattern(pattern)(url)));
}

/** Resolves once the document stopped changing for QUIET_MS (at most SETTLE_MAX_MS), or at abort. */
export function settled({ doc, win, signal }: PageWatch): Promise<void> {
  return new Promise((resolve) => {
    let quiet = 0;
    const finish = () => {
      observer.disconnect();
      win.clearTimeout(quiet);
      win.clearTimeout(cap);
      signal.removeEventListener('abort', finish);
      resolve();
    };
    const wait = () => {
      win.clearTimeout(quiet);
      quiet = win.setTimeout(finish, QUIET_MS);
    };
    const observer = new MutationObserver(wait);
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    const cap = win.setTimeout(finish, SETTLE_MAX_MS);
    signal.addEventListener('abort', finish);
    wait();
  });
}

/**
 * Calls `onPage` after each in-page move to another address, once the new content has settled:
 * one call at a time, and a later move supersedes one still settling. Listeners only, no timers
 * until a move happens.
 */
export function watchNavigations(page: PageWatch, onPage: (url: URL) => unknown): void {
  const { doc, win, signal } = page;
  let current = pageKey(win.location.href);
  let latest = 0;
  let running: Promise<unknown> = Promise.resolve();

  /** `rendered`: the site says a visit has drawn its page, which may come long after the address changed. */
  const changed = (rendered = false) => {
    const key = pageKey(win.location.href);
    if ((key === current && !rendered) || signal.aborted) return;
    current = key;
    const mine = (latest += 1);
    void settled(page).then(() => {
      const still = () => mine === latest && !signal.aborted;
      if (still()) running = running.then(() => (still() ? onPage(new URL(win.location.href)) : undefined)).catch(() => undefined);
    });
  };

  // The Navigation API reports every committed move: pushState, replaceState, back and forward.
  const navigation = (win as Window & { navigation?: EventTarget }).navigation;
  if (typeof navigation?.addEventListener === 'function') navigation.addEventListener('navigatesuccess', () => changed(), { signal });
  else {
    // Without it: history.pushState patched here would not see the page's calls (a content script
    // has its own window wrapper), so watch what follows a move: popstate for back and forward, and
    // the <head> that single-page apps rewrite for each page (title, canonical link, meta).
    win.addEventListener('popstate', () => changed(), { signal });
    const head = new MutationObserver(() => changed());
    head.observe(doc.head ?? doc.documentElement, { childList: true, subtree: true, characterData: true });
    signal.addEventListener('abort', () => head.disconnect());
  }
  // Turbo changes the address before it fetches the page: on a slow network the document can stay
  // quiet past QUIET_MS with the old content, so GitHub's own "rendered" routes again even at the same address.
  for (const type of GITHUB_RENDERED) doc.addEventListener(type, () => changed(true), { signal });
}

/** Takes our Save buttons off the page. */
function removeSaveButtons(doc: Document): void {
  for (const button of doc.querySelectorAll(`[${INJECTED_ATTR}="save"]`)) button.remove();
}

/**
 * Routes the running capture again after each in-page move. The last page's Save buttons go first;
 * the new route's scan adds the new page's. A capture already taken stays in the outbox.
 */
export function followSoftNavigation(page: PageWatch, adapters: readonly Detector[], route: () => Promise<void>): void {
  watchNavigations(page, async (url) => {
    removeSaveButtons(page.doc);
    await route();
    // The last page's adapter may have scanned the new content while it settled: where no adapter runs, none of that stays.
    if (!capturable(adapters, url)) removeSaveButtons(page.doc);
  });
}

/**
 * Calls `start` now on a page the family captures on, else after the first in-page move to one.
 * Until then the script only listens: no observer of the page's content, no storage, no timers.
 */
export function whenCapturable(page: PageWatch, adapters: readonly Detector[], start: () => void): void {
  if (capturable(adapters, new URL(page.win.location.href))) {
    start();
    return;
  }
  const waiting = new AbortController();
  watchNavigations({ ...page, signal: AbortSignal.any([page.signal, waiting.signal]) }, (url) => {
    if (!capturable(adapters, url)) return;
    waiting.abort();
    start();
  });
}

/** followSoftNavigation as a capture script's way of following moves (the families on GitHub and LinkedIn). */
export const followInPage: FollowMoves = (ctx, adapters, route) => followSoftNavigation({ doc: document, win: window, signal: ctx.signal }, adapters, route);
