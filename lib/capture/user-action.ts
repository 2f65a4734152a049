/** `navigator.userActivation` (Chromium 72+, Firefox 120+): true for a few seconds after a real key press or click. */
type WithActivation = Navigator & { userActivation?: { isActive: boolean } };

/**
 * Whether a person caused this event. Events a page's script dispatches are untrusted. A submit that a
 * script requests (`form.requestSubmit()`) is trusted, but without a recent key press or click the
 * browser holds no user activation for it, so it does not count either.
 */
export function isUserAction(event: Event, win: Window): boolean {
  if (!event.isTrusted) return false;
  if (event.type !== 'submit') return true;
  const activation = (win.navigator as WithActivation).userActivation;
  return activation === undefined || activation.isActive;
}
