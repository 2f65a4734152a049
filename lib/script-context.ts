import { browser } from 'wxt/browser';

/**
 * What a content script of ours keeps for its life on a page: a signal that aborts when the extension
 * that injected it is gone (reloaded, updated, removed), and timers and listeners that stop with it.
 * Ours instead of WXT's ContentScriptContext, whose location watcher, logger and start-up event (its
 * name read from chrome.runtime on every load) each page paid for before our script did anything.
 */
export interface ScriptContext {
  readonly signal: AbortSignal;
  /** False once the extension is gone: checked where the script would next call it, which then aborts the signal. */
  readonly isValid: boolean;
  onInvalidated(run: () => void): void;
  setTimeout(run: () => void, ms: number): void;
  setInterval(run: () => void, ms: number): void;
  requestIdleCallback(run: () => void, options?: IdleRequestOptions): void;
  addEventListener<K extends keyof DocumentEventMap>(target: Document, type: K, listener: (event: DocumentEventMap[K]) => void): void;
  addEventListener(target: EventTarget, type: string, listener: (event: Event) => void): void;
}

/**
 * A context for one run of a content script. A manifest's content script runs once per document, and
 * an old copy left on a page by a reload loses its runtime id, which `isValid` notices (as WXT's does).
 */
export function startScriptContext(): ScriptContext {
  const controller = new AbortController();
  const { signal } = controller;
  const onInvalidated = (run: () => void) => signal.addEventListener('abort', run);
  const context: ScriptContext = {
    signal,
    get isValid() {
      // The runtime's id goes when its extension does; read only here, so a load does not pay for the runtime's bindings.
      if (!signal.aborted && browser.runtime?.id == null) controller.abort('The extension was reloaded or removed.');
      return !signal.aborted;
    },
    onInvalidated,
    setTimeout(run, ms) {
      const id = setTimeout(() => context.isValid && run(), ms);
      onInvalidated(() => clearTimeout(id));
    },
    setInterval(run, ms) {
      const id = setInterval(() => context.isValid && run(), ms);
      onInvalidated(() => clearInterval(id));
    },
    requestIdleCallback(run, options) {
      const id = requestIdleCallback(() => signal.aborted || run(), options);
      onInvalidated(() => cancelIdleCallback(id));
    },
    addEventListener(target: EventTarget, type: string, listener: (event: Event) => void) {
      target.addEventListener(type, listener, { signal });
    },
  };
  return context;
}
