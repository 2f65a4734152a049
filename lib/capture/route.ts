import type { Detector } from '../adapters/define';
import { matchPattern } from './match';

const compiled = new WeakMap<Detector, ((url: URL) => boolean)[]>();

/** Whether the site's match patterns take this URL (compiled once per site and page). */
function matchesUrl(detector: Detector, url: URL): boolean {
  let tests = compiled.get(detector);
  if (!tests) compiled.set(detector, (tests = detector.site.matches.map(matchPattern)));
  return tests.some((test) => test(url));
}

/** The adapters (or detectors) that take this URL and document, in order: their match patterns first, then their own check. */
export function detectedAdapters<A extends Detector>(adapters: readonly A[], doc: Document, url: URL): A[] {
  return adapters.filter((adapter) => matchesUrl(adapter, url) && adapter.detect(doc, url));
}

/** The adapter for this URL and document, if any. */
export function routeAdapter<A extends Detector>(adapters: readonly A[], doc: Document, url: URL): A | undefined {
  return adapters.find((adapter) => matchesUrl(adapter, url) && adapter.detect(doc, url));
}
