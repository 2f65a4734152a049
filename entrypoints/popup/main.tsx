import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { db } from '../../lib/db/database';
import { t } from '../../lib/i18n';
import { watchBadge } from '../../lib/badge';
import { writeProblemSource } from '../../lib/db/write-problems';
import { savePageClient } from '../../lib/save-page-client';
import { sendFillPlan } from '../../lib/autofill/send-to-portal';
import { Popup } from '../../components/Popup';
import { StorageGuard } from '../../components/StorageGuard';

// Edits made here update the badge even while the background worker sleeps. The count reads the
// whole year, so it starts after the page's first rows rather than competing with them.
const BADGE_DELAY_MS = 1500;
setTimeout(() => watchBadge(db, browser.action ?? browser.browserAction, undefined, undefined, writeProblemSource(browser.storage.session, browser.storage.onChanged)), BADGE_DELAY_MS);

function openDashboard() {
  void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') }).then(() => window.close());
}

// The language the strings are shown in (a locale we have, else English), for screen readers and hyphenation.
document.documentElement.lang = t('lang');

createRoot(document.getElementById('root')!).render(
  <StorageGuard db={db}>
    <Popup db={db} savePage={savePageClient} openDashboard={openDashboard} fillOnPortal={sendFillPlan} />
  </StorageGuard>,
);
