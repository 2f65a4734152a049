import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import type { TrackerDb } from '../../lib/db/database';
import { t } from '../../lib/i18n';
import { Popup } from '../../components/Popup';
import { StorageGuard } from '../../components/StorageGuard';
import { lateFillOnPortal, lateSavePageClient } from './late-clients';

// The database's code (Dexie) and the Year tab's load beside the shell's first paint instead of
// before it, side by side rather than one after the other; the database opens as soon as it is there.
const database = import('../../lib/db/database').then((module) => {
  void module.db.open().catch(() => undefined); // a failure shows through the page's own reads (StorageGuard)
  return module.db;
});
void import('../../components/YearView');

// Edits made here update the badge even while the background worker sleeps. The count reads the
// whole year, so it starts after the page's first rows rather than competing with them.
const BADGE_DELAY_MS = 1500;
setTimeout(() => {
  void Promise.all([database, import('../../lib/badge'), import('../../lib/db/write-problems')]).then(([db, { watchBadge }, { writeProblemSource }]) =>
    watchBadge(db, browser.action ?? browser.browserAction, undefined, undefined, writeProblemSource(browser.storage.session, browser.storage.onChanged)),
  );
}, BADGE_DELAY_MS);

function openDashboard() {
  void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') }).then(() => window.close());
}

// The language the strings are shown in (a locale we have, else English), for screen readers and hyphenation.
document.documentElement.lang = t('lang');

function App() {
  const [db, setDb] = useState<TrackerDb>();
  useEffect(() => void database.then(setDb), []);
  return (
    <StorageGuard db={db}>
      <Popup db={db} savePage={lateSavePageClient} openDashboard={openDashboard} fillOnPortal={lateFillOnPortal} />
    </StorageGuard>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
