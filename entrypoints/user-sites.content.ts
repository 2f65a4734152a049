import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runCaptureScript } from '../lib/capture/content-main';
import type { UserSite } from '../lib/schema/settings';
import { SETTINGS_KEY } from '../lib/schema/settings-key';
import { userSiteFamilies } from '../lib/user-sites/families';
import { adapterForSite } from '../lib/user-sites/sites';

/**
 * Registered at run time, once for each site the user added (lib/user-sites/sync.ts); no matches of
 * its own, so the manifest gains no host. Runs the adapter family the user chose for this origin.
 */
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_idle',
  async main(ctx) {
    const stored = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as { userSites?: UserSite[] } | undefined;
    const adapter = adapterForSite(stored?.userSites ?? [], location.origin, userSiteFamilies);
    if (adapter && ctx.isValid) runCaptureScript(ctx, [adapter]);
  },
});
