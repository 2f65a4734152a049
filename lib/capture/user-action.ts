/** How long after a person's click or key press in a form its submit still counts as theirs. */
const SUBMIT_AFTER_INPUT_MS = 1_000;

/**
 * Tells a person's events from a page's. Events a page's script dispatches are untrusted. A submit
 * that a script requests (`form.requestSubmit()`) is trusted, and the browser may even hold user
 * activation for it, so a submit counts only right after a trusted click or key press inside that
 * form (pressing its button, or Enter in one of its fields).
 */
export function watchUserActions(doc: Document, signal: AbortSignal, now: () => number = Date.now) {
  let last: { at: number; target: EventTarget | null } | undefined;
  const note = (event: Event) => {
    if (event.isTrusted) last = { at: now(), target: event.target };
  };
  for (const type of ['pointerdown', 'click', 'keydown']) doc.addEventListener(type, note, { capture: true, signal });

  return function isUserAction(event: Event): boolean {
    if (!event.isTrusted) return false;
    if (event.type !== 'submit') return true;
    const form = event.target instanceof Element ? event.target : null;
    return Boolean(last && now() - last.at <= SUBMIT_AFTER_INPUT_MS && last.target instanceof Node && form?.contains(last.target));
  };
}
