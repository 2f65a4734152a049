/**
 * Runs `work` once, in a task after the page's next frame is drawn: an animation frame's callback
 * runs before that frame's paint, a task queued from it after. A page that is not drawn (hidden)
 * gets no animation frame, so a timer runs `work` after `fallbackMs` all the same.
 */
export function afterFirstFrame(work: () => void, fallbackMs: number): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    work();
  };
  requestAnimationFrame(() => setTimeout(once));
  setTimeout(once, fallbackMs);
}
