import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { db } from '../lib/db/database';
import { handleMessage } from '../lib/background/handlers';
import { pageActions } from '../lib/background/active-tab';
import { portalPageUrl } from '../lib/background/portal-page';
import { relayPortalPanel } from '../lib/background/portal-relay';
import { savePage } from '../lib/background/save-page';
import { registerSavePageTriggers } from '../lib/background/save-page-triggers';
import { loadSettings, migrateSettings } from '../lib/settings';
import { drainOutbox, singleFlight } from '../lib/background/drain-outbox';
import { watchBadge } from '../lib/badge';
import { watchUserSites } from '../lib/user-sites/background';
import { watchBorrowedHosts } from '../lib/backfill/release-hosts';
import { writeProblemSource, writeReporter } from '../lib/db/write-problems';
import { SAVE_LABELS_KEY, saveLabelTexts } from '../lib/save-labels';

export default defineBackground(() => {
  const screenshotsEnabled = async () => (await loadSettings()).screenshots;
  const userSites = async () => (await loadSettings()).userSites;
  // A write refused for lack of room is shown on the badge and in the popup until one succeeds.
  const writes = writeReporter(browser.storage.session);

  // One pass over the outbox at a time, however many tabs ask at once.
  const retryPending = singleFlight(() => drainOutbox(browser.storage.local, db, { skipInFlight: true, writes }));

  // Registered synchronously at the top so a message that wakes the worker is never missed.
  // sendResponse + `return true` rather than a returned promise: it works in every browser version.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    handleMessage(message, sender, {
      db,
      extensionId: browser.runtime.id,
      extensionOrigin: browser.runtime.getURL('/'),
      pageActions: (windowId) => pageActions({ windowId }),
      portalPageUrl,
      userSites,
      screenshotsEnabled,
      retryPending,
      writes,
    }).then(sendResponse, (error: unknown) =>
      sendResponse({ ok: false, error: `Background error: ${String(error)}`, retry: true }),
    );
    return true;
  });

  // Firefox's portal panel reaches the portal's form through here (it has no tabs API in its frame).
  relayPortalPanel(browser);

  // "Save this page" from the context menu and the keyboard command: no form, saved at once.
  registerSavePageTriggers(
    browser,
    (tab) => savePage({ db, ...pageActions(tab), screenshotsEnabled, writes }),
    browser.action ?? browser.browserAction,
  );

  // The Save buttons' words in the browser's language, read by content scripts with their one storage
  // read instead of the page-blocking i18n bundle fetch (lib/save-labels.ts). Each start: the language
  // can change with a browser restart.
  void browser.storage.local.set({ [SAVE_LABELS_KEY]: saveLabelTexts() }).catch(() => undefined);

  // Settings from before one key per setting: moved once, every readable value kept.
  void migrateSettings().catch((error: unknown) => console.warn('[contribution-tracker] settings not migrated', error));

  // Captures left pending when the browser closed, or by pages an update orphaned.
  const drain = () =>
    void drainOutbox(browser.storage.local, db, { writes }).catch((error: unknown) => console.warn('[contribution-tracker] outbox drain failed', error));
  browser.runtime.onStartup.addListener(drain);
  browser.runtime.onInstalled.addListener(drain);

  // The toolbar badge shows the year's count and follows every change.
  watchBadge(db, browser.action ?? browser.browserAction, undefined, undefined, writeProblemSource(browser.storage.session, browser.storage.onChanged));

  // Content scripts for the sites the user added, registered at run time.
  watchUserSites(browser);

  // Host access an import borrowed goes back even if its dashboard closed midway.
  watchBorrowedHosts(browser);
});
