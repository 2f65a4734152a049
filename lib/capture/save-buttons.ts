import type { ForumDetector } from '../adapters/define';
import { saveLabelText } from '../save-labels';

/** Marks what we injected, so a post never gets two buttons. */
export const INJECTED_ATTR = 'data-contribution-tracker';

// Compact: this text ships in every content script.
const STYLE = `:host{all:initial;display:inline-block;margin:4px 8px;vertical-align:middle}
button{font:12px/1.6 system-ui,sans-serif;color:#0b5394;background:#f2f7fc;border:1px solid #9fc2e7;border-radius:4px;padding:1px 8px;cursor:pointer}
button:focus-visible{outline:2px solid #0b5394;outline-offset:2px}
button[aria-busy="true"]{opacity:0.6;cursor:progress}`;

/**
 * A host element of ours, marked `kind`, with a closed shadow root holding `css` and then `parts`:
 * the page's scripts cannot reach inside.
 */
export function closedHost(doc: Document, tag: 'span' | 'div', kind: string, css: string, ...parts: Node[]): HTMLElement {
  const host = doc.createElement(tag);
  host.setAttribute(INJECTED_ATTR, kind);
  const style = doc.createElement('style');
  style.textContent = css;
  host.attachShadow({ mode: 'closed' }).append(style, ...parts);
  return host;
}

/**
 * Adds the adapter's "Save …" button to every post that has none yet. Each lives in a closed shadow
 * root, so the page's scripts can neither find nor press it, and a click counts only when `byUser`
 * says a person made it.
 */
export function injectSaveButtons(
  adapter: ForumDetector,
  doc: Document,
  byUser: (event: Event) => boolean,
  onSave: (post: Element, button: HTMLButtonElement) => void,
  /** The labels the background stored in the browser's language (SAVE_LABELS_KEY), if read. */
  labels?: unknown,
): number {
  let added = 0;
  for (const post of adapter.items(doc)) {
    if (post.querySelector(`[${INJECTED_ATTR}="save"]`)) continue;
    const anchor = (adapter.saveAnchor && post.querySelector(adapter.saveAnchor)) || post;
    const button = doc.createElement('button');
    button.type = 'button';
    button.textContent = saveLabelText(adapter.saveLabel, labels);
    button.addEventListener('click', (event) => {
      event.preventDefault();
      event.stopPropagation();
      if (byUser(event)) onSave(post, button);
    });
    anchor.append(closedHost(doc, 'span', 'save', STYLE, button));
    added += 1;
  }
  return added;
}
