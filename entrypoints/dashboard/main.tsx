import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import type { TrackerDb } from '../../lib/db/database';
import { t } from '../../lib/i18n';
import { Dashboard } from '../../components/Dashboard';
import { StorageGuard } from '../../components/StorageGuard';

// The database's code (Dexie) and the sections' load beside the frame's first paint, side by side.
const database = import('../../lib/db/database').then((module) => {
  void module.db.open().catch(() => undefined); // a failure shows through the page's own reads (StorageGuard)
  return module.db;
});
void import('../../components/DashboardParts');

// Edits made here update the badge even while the background worker sleeps. The count reads the
// whole year, so it starts after the page's first rows rather than competing with them.
const BADGE_DELAY_MS = 1500;
setTimeout(() => {
  void Promise.all([database, import('../../lib/badge')]).then(([db, { watchBadge }]) => watchBadge(db, browser.action ?? browser.browserAction));
}, BADGE_DELAY_MS);

// The language the strings are shown in (a locale we have, else English), for screen readers and hyphenation.
document.documentElement.lang = t('lang');

function App() {
  const [db, setDb] = useState<TrackerDb>();
  useEffect(() => void database.then(setDb), []);
  return (
    <StorageGuard db={db} persist>
      <Dashboard db={db} />
    </StorageGuard>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
