import { defineConfig } from 'wxt';
import { builtEntries } from './bench/measures/size';
import { PORTAL_MATCHES } from './lib/programs/portals';
import { compileHints } from './compile-hints.config';
import { contentScriptEntry } from './content-script-entry.config';
import { preactAliases } from './preact.config';
import { extractorResources, type ExtractorResource } from './lib/capture/extractor-resources';

export default defineConfig({
  // Parallel end-to-end runs (and benchmarks) may build into their own folder; the default stays .output.
  outDir: process.env.CT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/module-react'],
  vite: () => ({
    resolve: { alias: preactAliases },
    plugins: [contentScriptEntry(), compileHints()],
  }),
  imports: false,
  manifest: {
    // Through browser.i18n (public/_locales): the store and the add-on list show the user's language.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: the outbox and settings; activeTab + scripting: "Save this page" on the tab the user
    // is looking at, only after they ask (popup, menu item or keyboard command all grant activeTab,
    // which also lets tabs.captureVisibleTab keep a screenshot as evidence). contextMenus: the one
    // "Save this page" item. Sites we capture on come from the content script matches.
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'],
    // The same save from the keyboard; commands need no permission, and users can rebind the keys.
    commands: {
      'save-page': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandSavePage__',
      },
    },
    // Sites the user adds (their Discourse forum, their blog) are asked for one origin at a time, when
    // they add it (lib/user-sites); an import asks for the hosts it reads (a blog's feed,
    // api.stackexchange.com, www.youtube.com, api.github.com) and gives them back after (lib/backfill).
    // Optional: nothing is granted at install.
    optional_host_permissions: ['https://*/*'],
    // The portal panel is an extension frame on the portals' pages only, so their scripts cannot
    // read the entries it lists or press its buttons (lib/autofill/portal-main.ts).
    web_accessible_resources: [
      { resources: ['portal-panel.html'], matches: PORTAL_MATCHES },
      // The portal filler, imported by the portal script on the panel's first request (it runs in
      // the script's isolated world). A per-session address on Chrome, so pages cannot probe for it.
      { resources: ['portal-filler.js'], matches: PORTAL_MATCHES, use_dynamic_url: true },
    ],
  },
  hooks: {
    // What each page and the worker load before any user action (WXT lists files, not what loads together).
    'build:done': (wxt) => {
      const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
      for (const entry of builtEntries(wxt.config.outDir).filter((candidate) => candidate.role !== 'injected')) {
        wxt.logger.info(`${entry.name}: ${kB(entry.bytes)} minified, ${kB(entry.gzipBytes)} gzipped, first load (${entry.files.length} files)`);
      }
    },
    // `imports: false` still lets unimport inject auto-imports for names it thinks are free (a
    // parameter called `storage` pulled wxt/utils/storage into the content script): give it none.
    'config:resolved': (wxt) => {
      wxt.config.imports.presets = [];
      wxt.config.imports.imports = [];
    },
    'build:manifestGenerated': (wxt, manifest) => {
      // Each capture family's extractor is imported by its content script on demand: web-accessible
      // on the origins that script runs on, under a per-session address on Chrome (lib/capture/detect-main.ts).
      manifest.web_accessible_resources = [
        ...((manifest.web_accessible_resources ?? []) as ExtractorResource[]),
        ...extractorResources(manifest.content_scripts ?? [], wxt.config.browser !== 'firefox'),
      ];
      // MV2 (Firefox) has no optional_host_permissions and WXT drops the key: the same optional hosts
      // are declared as optional permissions there, or permissions.request would refuse them.
      if (wxt.config.manifestVersion === 2) {
        manifest.optional_permissions = [...(manifest.optional_permissions ?? []), 'https://*/*'];
      }
      if (wxt.config.browser === 'firefox') {
        // Firefox's data consent: this extension collects and transmits nothing (see PRIVACY.md).
        manifest.browser_specific_settings = {
          gecko: { id: 'contribution-tracker@example.org', data_collection_permissions: { required: ['none'] } },
        };
      }
    },
  },
});
