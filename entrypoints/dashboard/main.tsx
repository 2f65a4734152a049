import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { db } from '../../lib/db/database';
import { watchBadge } from '../../lib/badge';
import { Dashboard } from '../../components/Dashboard';
import { StorageGuard } from '../../components/StorageGuard';

// Edits made here update the badge even while the background worker sleeps.
watchBadge(db, browser.action ?? browser.browserAction);

createRoot(document.getElementById('root')!).render(
  <StorageGuard db={db} persist>
    <Dashboard db={db} />
  </StorageGuard>,
);
