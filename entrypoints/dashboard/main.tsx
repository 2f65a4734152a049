import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { db } from '../../lib/db/database';
import { t } from '../../lib/i18n';
import { watchBadge } from '../../lib/badge';
import { Dashboard } from '../../components/Dashboard';
import { StorageGuard } from '../../components/StorageGuard';

// Edits made here update the badge even while the background worker sleeps. The count reads the
// whole year, so it starts after the page's first rows rather than competing with them.
const BADGE_DELAY_MS = 1500;
setTimeout(() => watchBadge(db, browser.action ?? browser.browserAction), BADGE_DELAY_MS);

// The language the strings are shown in (a locale we have, else English), for screen readers and hyphenation.
document.documentElement.lang = t('lang');

createRoot(document.getElementById('root')!).render(
  <StorageGuard db={db} persist>
    <Dashboard db={db} />
  </StorageGuard>,
);
