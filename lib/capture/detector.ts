import type { Detector } from '../adapters/define';
import { SAVE_LABELS_KEY } from '../save-labels';
import { settingKey } from '../schema/settings-key';
import { disabledAdapters } from './disabled';
import { HANDLE_LOOK_AGAIN_MS, handleIn, handleLookKey } from './handles';
import type { Extractor } from './extractor';
import { intentKey, intentOf, type Intent } from './intent';
import { detectedAdapters } from './route';
import { markOrphaned, showOrphanedNotice } from './orphaned';
import { injectSaveButtons } from './save-buttons';
import { watchUserActions } from './user-action';

/** Whether the extractor should look for the user's handle on this site's page. */
function handleWanted(stored: Record<string, unknown>, id: string): boolean {
  const looked = stored[handleLookKey(id)];
  return handleIn(stored, id) === undefined && !(typeof looked === 'number' && Date.now() - looked < HANDLE_LOOK_AGAIN_MS);
}

export interface DetectorHost {
  doc: Document;
  win: Window;
  /** Reads storage keys (the site switch and a stored intent), only on pages a detector takes. */
  read(keys: string[]): Promise<Record<string, unknown>>;
  /** Stores the intent at the event itself: a submit that reloads the page must not wait for the extractor. */
  keepIntent(intent: Intent): Promise<void>;
  /** Runs a task when the page is idle. */
  idle(run: () => void): void;
  /** Loads and starts the family's extractor (once). */
  load(): Promise<Extractor>;
  /** Aborts when the content script is invalidated (extension reloaded or updated). */
  signal: AbortSignal;
  /** Whether the extension that injected this script is still there; reading it aborts `signal` when it is not. */
  alive(): boolean;
  /** Whether an event is a person's own (default: watchUserActions); unit tests driving a fake DOM pass their own. */
  isUserAction?: (event: Event) => boolean;
}

/**
 * The content script's half of capture: finds the page's site, places the Save buttons and listens
 * for the user's submit or publish, with the detectors only. The extractor, which reads posts, is
 * loaded when something calls for it: a Save press, an intent, an intent stored before a reload, or
 * a site that watches its posts' state. Calls made while it loads wait in order; none is dropped.
 */
export function startDetector(detectors: readonly Detector[], host: DetectorHost) {
  const { doc, win, signal } = host;
  let active: Detector | undefined;
  let scheduled = false;
  let extractor: Promise<Extractor> | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  let labels: unknown;

  const currentUrl = () => new URL(win.location.href);

  /** Runs a job on the extractor after every job queued before it, loading the extractor first if need be. */
  function withExtractor<T>(job: (loaded: Extractor) => T | Promise<T>): Promise<T> {
    if (!extractor) {
      const routed = active?.site.id;
      extractor = host.load();
      // A failed load (the extension went away) leaves the next call to try again.
      extractor.catch(() => (extractor = undefined));
      void withExtractor((loaded) => loaded.route(routed));
    }
    const loading = extractor;
    const run = queue.then(() => loading).then(job);
    queue = run.catch((error: unknown) => console.warn('[contribution-tracker] capture failed', error));
    return run;
  }

  function onSave(post: Element, button: HTMLButtonElement) {
    // An old copy of this script, left on the page by an extension reload or update, can store
    // nothing: the button says so rather than doing nothing.
    if (!host.alive()) return markOrphaned(button);
    // Busy from the press (the extractor may still be loading) until the background answered. The
    // queue moves on once the capture is in the outbox: a lost answer holds this button, not the next.
    button.setAttribute('aria-busy', 'true');
    void withExtractor((loaded) => loaded.save(post))
      .then((sent) => sent?.delivered)
      .catch(() => undefined)
      .finally(() => button.removeAttribute('aria-busy'));
  }

  function scan() {
    scheduled = false;
    if (signal.aborted || !active) return;
    if (active.shape === 'forum') injectSaveButtons(active, doc, isByUser, onSave, labels);
    // The changes this scan has seen, its own buttons among them, are no reason for another.
    observer.takeRecords();
    if (extractor) void withExtractor((loaded) => loaded.confirm());
  }

  /** MutationObserver callbacks only queue work; the scan runs once per burst of changes. */
  function schedule() {
    if (scheduled || signal.aborted) return;
    scheduled = true;
    win.setTimeout(scan, 150);
  }

  /**
   * Finds the page's site. A page none of the detectors takes costs no storage read, no listener and
   * no observer; where one takes it, one read brings its switch, an intent armed before a reload and
   * whether the user's handle is known.
   */
  async function route(): Promise<Detector | undefined> {
    // In a frame, only a site that frames its own editor runs (the background checks the frame's site too).
    const framed = win.self !== win.top;
    const detected = detectedAdapters(
      detectors.filter((candidate) => !framed || candidate.site.frames),
      doc,
      currentUrl(),
    );
    const ids = detected.map((candidate) => candidate.site.id);
    const keys = ids.flatMap((id) => [settingKey.disabled(id), intentKey(id), settingKey.handle(id), handleLookKey(id)]);
    const stored: Record<string, unknown> = keys.length ? await host.read([...keys, SAVE_LABELS_KEY]).catch(() => ({})) : {};
    labels ??= stored[SAVE_LABELS_KEY];
    const off = disabledAdapters(stored, ids);
    const routed = detected.find((candidate) => !off.has(candidate.site.id));
    const changed = routed !== active;
    active = routed;
    // The extractor follows the page's site once loaded; it is loaded now only for an intent that
    // outlived a reload (a publish that lands on another page) or a site that watches its posts.
    const needed = routed && (stored[intentKey(routed.site.id)] !== undefined || (routed.shape === 'forum' && routed.watchesState));
    if (extractor && changed) void withExtractor((loaded) => loaded.route(routed?.site.id));
    else if (needed) void withExtractor(() => undefined);
    // No handle yet: the extractor learns the signed-in user's once, after the page is done loading
    // (a page that showed nobody signed in puts the next look off by a day).
    else if (routed && !extractor && handleWanted(stored, routed.site.id)) host.idle(() => void withExtractor(() => undefined));
    if (!routed) {
      observer.disconnect();
      return undefined;
    }
    listen();
    if (!signal.aborted) observer.observe(doc.documentElement, { childList: true, subtree: true });
    schedule();
    return routed;
  }

  let byUser: ((event: Event) => boolean) | undefined;
  const isByUser = (event: Event) => byUser?.(event) === true;
  /** The page's events, from the first time a site has the page on (listeners stay for in-page navigation). */
  function listen() {
    if (byUser) return;
    byUser = host.isUserAction ?? watchUserActions(doc, signal);
    // Only a person's click, key or submit arms a capture: a page cannot script one into the store.
    const onIntent = (event: Event) => {
      if (!active || !isByUser(event)) return;
      const intent = intentOf(active, event, doc, currentUrl());
      if (!intent) return;
      // An old copy of this script can store nothing (see onSave): the post goes ahead, and a notice says so.
      if (!host.alive()) return showOrphanedNotice(doc);
      void host.keepIntent(intent).catch(() => undefined);
      void withExtractor((loaded) => loaded.arm(intent));
    };
    doc.addEventListener('submit', onIntent, { capture: true, signal });
    doc.addEventListener('click', onIntent, { capture: true, signal });
    doc.addEventListener('keydown', onIntent, { capture: true, signal });
    // Upload pages open their file input from a styled button by script (an untrusted click); the
    // browser's change event after the person picked a file is trusted.
    doc.addEventListener('change', onIntent, { capture: true, signal });
  }

  // Watches the page only while a site has it (route starts and stops it).
  const observer = new MutationObserver(schedule);
  signal.addEventListener('abort', () => observer.disconnect());

  return { route, scan };
}
