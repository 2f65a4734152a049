import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { db } from '../lib/db/database';
import { handleMessage } from '../lib/background/handlers';
import { extractActiveTab } from '../lib/background/active-tab';

export default defineBackground(() => {
  // Registered synchronously at the top so a message that wakes the worker is never missed.
  browser.runtime.onMessage.addListener((message, sender) =>
    handleMessage(message, sender, {
      db,
      extensionId: browser.runtime.id,
      extensionOrigin: browser.runtime.getURL('/'),
      extractActiveTab,
    }),
  );
});
