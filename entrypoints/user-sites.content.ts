import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runDetectors } from '../lib/capture/detect-main';
import { startPageExtractor } from '../lib/capture/extract-main';
import { settingKey } from '../lib/schema/settings-key';
import { userSiteAdapters } from '../lib/user-sites/families';
import { adapterForSite } from '../lib/user-sites/sites';
import { startScriptContext } from '../lib/script-context';

/**
 * Registered at run time, once for each site the user added (lib/user-sites/sync.ts); no matches of
 * its own, so the manifest gains no host. Runs the adapter family the user chose for this origin, on
 * the built-in families' detector, with the extractor bundled here: a user-added origin cannot be
 * given a web-accessible file to import (the manifest lists those), and it is the user's own site.
 */
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_idle',
  async main() {
    const ctx = startScriptContext();
    const key = settingKey.userSite(location.origin);
    const site = (await browser.storage.local.get(key))[key] as { adapter?: unknown } | undefined;
    const sites = typeof site?.adapter === 'string' ? [{ origin: location.origin, adapter: site.adapter }] : [];
    const adapter = adapterForSite(sites, location.origin, userSiteAdapters);
    // An adapter is built on its site's detector (tests/unit/adapters/registries.test.ts): it detects as the detector does.
    if (adapter && ctx.isValid) runDetectors(ctx, [adapter], async () => startPageExtractor(ctx, [adapter]));
  },
});
