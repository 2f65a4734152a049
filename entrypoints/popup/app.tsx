import { useCallback, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import type { TrackerDb } from '../../lib/db/database';
import { Popup } from '../../components/Popup';
import { StorageGuard } from '../../components/StorageGuard';
import { lateFillOnPortal, lateSavePageClient } from './late-clients';

// The database's code (Dexie, the popup's largest) loads once the Year tab's first rows are on screen
// (read without it), or when another tab or the badge needs it; it opens as soon as it is there.
let database: Promise<TrackerDb> | undefined;
const loadDatabase = () =>
  (database ??= import('../../lib/db/database').then((module) => {
    void module.db.open().catch(() => undefined); // a failure shows through the page's own reads (StorageGuard)
    return module.db;
  }));

// Edits made here update the badge even while the background worker sleeps. The count reads the
// whole year, so it starts after the page's first rows rather than competing with them.
const BADGE_DELAY_MS = 1500;
setTimeout(() => {
  void Promise.all([loadDatabase(), import('../../lib/badge'), import('../../lib/db/write-problems')]).then(([db, { watchBadge }, { writeProblemSource }]) =>
    watchBadge(db, browser.action ?? browser.browserAction, undefined, undefined, writeProblemSource(browser.storage.session, browser.storage.onChanged)),
  );
}, BADGE_DELAY_MS);

function openDashboard() {
  void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') }).then(() => window.close());
}

function App() {
  const [db, setDb] = useState<TrackerDb>();
  const wantDb = useCallback(() => void loadDatabase().then(setDb), []);
  return (
    <StorageGuard db={db}>
      <Popup db={db} wantDb={wantDb} savePage={lateSavePageClient} openDashboard={openDashboard} fillOnPortal={lateFillOnPortal} />
    </StorageGuard>
  );
}

// The first render is synchronous: the static shell (popup.html) goes in the same task, before the
// next paint, so the app's first frame replaces it without a flash.
createRoot(document.getElementById('root')!).render(<App />);
document.getElementById('shell')?.remove();
