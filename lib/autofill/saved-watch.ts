/**
 * Two-phase, like a capture: the intent is the user submitting the form we filled (a submit, or a
 * click on its Save/Submit/Add button); the confirmation is the portal saying it saved — a new
 * message in a live region matching the program's patterns — or the form closing while the page
 * now lists the filled title. An error message, or silence, confirms nothing. One intent, one mark.
 */
const sel = {
  live: '[role=status], [role=alert], [aria-live]:not([aria-live=off]), [role=alertdialog], output',
  button: 'button, input[type=submit], [role=button]',
} as const;

const SUBMIT_TEXT = /^(save|submit|add|create|publish|send|done|apply)\b/i;
// "Your activity was not saved", "Saving failed": the words of a save are there, the save is not.
const NEGATIVE = /\b(not|never|fail(ed|s|ure)?|error|unable|couldn'?t|cannot|can'?t|invalid)\b/i;

export interface WatchOptions {
  /** The form (or dialog) that was filled. */
  root: Element;
  /** The portal's "saved" messages, case-insensitive. */
  patterns: readonly RegExp[];
  /** The filled title (read when needed: a later fill may change it); once the form is gone, the page listing it confirms the save. */
  title?: () => string | undefined;
  onSaved: () => void;
  /** How long after the intent a confirmation counts. */
  windowMs?: number;
  now?: () => number;
}

const clean = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Starts watching; returns the function that stops it. */
export function watchSaved(doc: Document, { root, patterns, title, onSaved, windowMs = 60_000, now = Date.now }: WatchOptions): () => void {
  const container = root.closest('[role=dialog], dialog') ?? root;
  let intentAt: number | undefined;
  // What each live region said at the intent: a message that was already there is not news.
  let before = new WeakMap<Element, string>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const intent = () => {
    intentAt = now();
    before = new WeakMap();
    for (const region of doc.querySelectorAll(sel.live)) before.set(region, clean(region.textContent));
  };

  const onSubmit = (event: Event) => {
    const form = event.target as Element;
    if (form === root || root.contains(form) || form.contains(root)) intent();
  };
  const onClick = (event: Event) => {
    const button = (event.target as Element | null)?.closest?.(sel.button);
    if (!button || !container.contains(button)) return;
    const submits = (button as HTMLButtonElement).type === 'submit' || SUBMIT_TEXT.test(clean(button.textContent) || (button as HTMLInputElement).value || '');
    if (submits) intent();
  };

  const confirmed = () => {
    for (const region of doc.querySelectorAll(sel.live)) {
      const text = clean(region.textContent);
      if (text && text !== before.get(region) && !NEGATIVE.test(text) && patterns.some((pattern) => pattern.test(text))) return true;
    }
    const closed = !root.isConnected || root.closest('[hidden], [aria-hidden="true"]') !== null;
    const filled = title?.();
    return Boolean(filled && closed && doc.body.textContent?.includes(filled));
  };

  const check = () => {
    timer = undefined;
    if (intentAt === undefined || now() - intentAt > windowMs) return;
    if (!confirmed()) return;
    stop();
    onSaved();
  };

  // The observer only queues a look: pages change often and the look reads the DOM.
  const observer = new MutationObserver(() => {
    if (intentAt !== undefined && timer === undefined) timer = setTimeout(check, 50);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  doc.addEventListener('submit', onSubmit, true);
  doc.addEventListener('click', onClick, true);

  function stop() {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
    doc.removeEventListener('submit', onSubmit, true);
    doc.removeEventListener('click', onClick, true);
  }
  return stop;
}
