import { capResponse } from './limits';
import { BackfillError, type Progress, type SourceContext } from './types';

export interface ContextOptions {
  year: number;
  signal: AbortSignal;
  fetch?: typeof fetch;
  /** Replaced in tests so a back-off does not really wait. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  onProgress?: (progress: Progress) => void;
  /** Whether a host permission covers the URL; the dashboard asks browser.permissions. */
  allowed?: (url: string) => Promise<boolean>;
  now?: Date;
}

export function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

export function createContext(options: ContextOptions): SourceContext {
  const fetchFn = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const sleep = options.sleep ?? abortableSleep;
  const { signal } = options;
  let requests = 0;
  let lastMessage = '';
  let lastFound = 0;

  return {
    year: options.year,
    signal,
    now: options.now ?? new Date(),
    async get(url, accept) {
      signal.throwIfAborted();
      requests += 1;
      options.onProgress?.({ message: lastMessage, requests, found: lastFound });
      let response: Response;
      try {
        // No cookies: what is imported is what anyone can see, and no session is sent to the site.
        response = await fetchFn(url, { signal, credentials: 'omit', headers: accept ? { Accept: accept } : undefined });
      } catch (error) {
        if (signal.aborted) throw signal.reason;
        const host = new URL(url).host;
        const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
        throw new BackfillError(
          offline
            ? `You are offline: ${host} could not be reached. Nothing was imported.`
            : `${host} could not be reached (${error instanceof Error ? error.message : String(error)}). Check the address and your connection; nothing was imported.`,
        );
      }
      return capResponse(response, url);
    },
    wait: (seconds) => sleep(seconds * 1000, signal),
    allowed: (url) => options.allowed?.(url) ?? Promise.resolve(true),
    progress(message, found) {
      lastMessage = message;
      lastFound = found ?? lastFound;
      options.onProgress?.({ message, requests, found: lastFound });
    },
  };
}

/** The reason a response failed, in words, for the statuses every source treats alike. */
export function httpFailure(response: Response, url: string, what: string): BackfillError {
  const host = new URL(url).host;
  if (response.status === 404) return new BackfillError(`${what} was not found (404 from ${host}). Check the address or name.`);
  if (response.status === 401 || response.status === 403) {
    return new BackfillError(`${host} refused the request (${response.status}): ${what} may be private.`);
  }
  if (response.status === 429) return new BackfillError(`${host} is limiting requests (429). Try again later.`);
  return new BackfillError(`${host} answered ${response.status} ${response.statusText} for ${what}. Try again later.`);
}
