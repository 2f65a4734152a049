import type { Detector } from '../adapters/define';
import { textOf } from '../dom';

/**
 * Phase one of auto-capture, the part the content script runs itself: telling the user's submit or
 * publish from other events, and noting which posts the page shows at that moment (the extractor,
 * loaded after, could no longer see them as they were).
 */
export interface Intent {
  adapterId: string;
  at: number;
  path: string;
  existing: string[];
}

/** How long a submit may take to show its post, reloads included. */
export const INTENT_TTL_MS = 5 * 60 * 1000;

export const intentKey = (adapterId: string) => `intent:${adapterId}`;

/** The ids of the posts the page shows now (none on an editor). */
export function existingIds(detector: Detector, doc: Document): string[] {
  if (detector.shape !== 'forum') return [];
  return detector.items(doc).flatMap((post) => {
    const itemId = detector.itemId(post);
    return itemId ? [itemId] : [];
  });
}

/** A submit of the answer form (or a click on its submit button), or activation of the publish control. */
export function isIntent(detector: Detector, event: Event): boolean {
  const target = event.target;
  if (!(target instanceof Element)) return false;
  if (event.type === 'keydown') {
    const key = event as KeyboardEvent;
    return Boolean(detector.submitShortcut && key.key === 'Enter' && (key.ctrlKey || key.metaKey) && target.closest(detector.submitShortcut));
  }
  // A change counts only as a file picked for upload (see detector.ts).
  if (event.type === 'change' && !target.matches('input[type="file"]')) return false;
  const control = detector.publishIntent ? target.closest(detector.publishIntent) : null;
  if (control && (!detector.publishText || detector.publishText.test(textOf(control)))) return true;
  const form = detector.shape === 'forum' ? detector.submitForm : undefined;
  if (!form || !target.closest(form)) return false;
  return event.type === 'submit' || target.closest('button[type="submit"], input[type="submit"], button:not([type])') !== null;
}

/** The intent an event is, taken at the event (before the page changes), or undefined. */
export function intentOf(detector: Detector, event: Event, doc: Document, url: URL, now: () => number = Date.now): Intent | undefined {
  if (!isIntent(detector, event)) return undefined;
  return { adapterId: detector.site.id, at: now(), path: url.pathname, existing: existingIds(detector, doc) };
}
