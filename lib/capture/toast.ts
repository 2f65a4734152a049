/**
 * A small notice inside a closed shadow root: page styles cannot reach it, the page's scripts cannot
 * read or press it, and it only ever shows text.
 */

const HOST_TAG = 'contribution-tracker-toast';
// Compact: this text ships in every content script.
const STYLE = `:host{all:initial;position:fixed;z-index:2147483647;right:16px;bottom:16px}
.toast{display:flex;gap:12px;align-items:center;max-width:420px;padding:10px 14px;font:14px/1.4 system-ui,sans-serif;color:#fff;background:#1f2933;border-radius:8px;box-shadow:0 4px 16px rgb(0 0 0 / 0.3)}
.toast.error{background:#9b1c1c}
button{font:inherit;color:#fff;background:transparent;border:1px solid #fff8;border-radius:4px;padding:2px 10px;cursor:pointer}
button:focus-visible{outline:2px solid #fff;outline-offset:2px}`;

export interface ToastOptions {
  message: string;
  tone?: 'info' | 'error';
  action?: { label: string; run: () => void };
  durationMs?: number;
  /** Whether a click is a person's (default: the browser says it is trusted); unit tests on a fake DOM pass their own. */
  byUser?: (event: Event) => boolean;
}

export function showToast(doc: Document, { message, tone = 'info', action, durationMs = 8000, byUser = (event) => event.isTrusted }: ToastOptions): () => void {
  doc.querySelector(HOST_TAG)?.remove();
  const host = doc.createElement(HOST_TAG);
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const box = doc.createElement('div');
  box.className = `toast ${tone}`;
  box.setAttribute('role', tone === 'error' ? 'alert' : 'status');
  const text = doc.createElement('span');
  text.textContent = message;
  box.append(text);
  const close = () => host.remove();
  if (action) {
    const button = doc.createElement('button');
    button.type = 'button';
    button.textContent = action.label;
    button.addEventListener('click', (event) => {
      if (!byUser(event)) return;
      close();
      action.run();
    });
    box.append(button);
  }
  root.append(style, box);
  doc.documentElement.append(host);
  setTimeout(close, durationMs);
  return close;
}
