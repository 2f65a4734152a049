// popup.html's only module, with nothing to fetch before it runs (its one import is bundled into it).
// Chromium shows an extension popup once its document has loaded, and every file fetched before then
// (modules, preloads) holds the window back; the static shell already shows the first frame. So the
// app and the Year tab are fetched once that frame is drawn, side by side: the task that starts their
// fetches adds a preload link per file (50 ms of a traced load), and it ran between the load event and
// the first paint. The database's code (Dexie) loads after the first rows, read without it (app.tsx).
import { afterFirstFrame } from './after-first-frame';

/** A page not drawn yet (hidden) gets no animation frame: a timer starts it all the same. */
const FRAME_WAIT_MS = 100;

function start() {
  void import('../../components/YearView');
  void import('./app');
}

const whenDrawn = () => afterFirstFrame(start, FRAME_WAIT_MS);
if (document.readyState === 'complete') whenDrawn();
else window.addEventListener('load', whenDrawn, { once: true });
