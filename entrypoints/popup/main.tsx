// popup.html's only module, with nothing to import before it runs. Chromium shows an extension
// popup once its document has loaded, and every file fetched before then (modules, preloads) holds
// the window back; the static shell already shows the first frame. So the app and the Year tab are
// fetched once the page has loaded (a task after the load event, so the event ends at once), side by
// side; the database's code (Dexie) loads after the first rows, which are read without it (app.tsx).
function start() {
  void import('../../components/YearView');
  void import('./app');
}

if (document.readyState === 'complete') start();
else window.addEventListener('load', () => setTimeout(start), { once: true });
