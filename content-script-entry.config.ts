import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** The module WXT builds each isolated-world content script from (node_modules/wxt/dist/virtual), with the entrypoint's path after `?`. */
const WXT_ENTRY = 'virtual:wxt-content-script-isolated-world-entrypoint?';
const OURS = '\0contribution-tracker:content-script?';
// import.meta.dirname from Node 20.11.
const CONTENT_BROWSER = join(import.meta.dirname ?? dirname(fileURLToPath(import.meta.url)), 'lib/content-browser.ts');

/**
 * Builds our content scripts from a two-line entry that calls the definition's `main()`, instead of
 * WXT's, which builds its ContentScriptContext first (a location watcher, a logger, a start-up event
 * named from chrome.runtime: about 2.5 kB and 0.8 ms on every page, bench/probe/page-profile.ts). Our
 * entrypoints make their own lib/script-context.ts and take no argument, so a build without this
 * plugin still runs them (paying for WXT's context unused). WXT still reads the same definitions for
 * the manifest (matches, run_at, frames, runtime registration).
 */
export function contentScriptEntry(): Plugin {
  // WXT builds each content script alone, with a fresh copy of this plugin: once the entry is ours,
  // the whole build is a content script's.
  let contentScript = false;
  return {
    name: 'contribution-tracker:content-script-entry',
    enforce: 'pre',
    buildStart() {
      contentScript = false;
    },
    resolveId(id) {
      // Vite's library mode hands the entry over with the project's root before it.
      const at = id.indexOf(WXT_ENTRY);
      if (at >= 0) {
        contentScript = true;
        return OURS + id.slice(at + WXT_ENTRY.length);
      }
      // The same extension API, picked without reading chrome.runtime at load (lib/content-browser.ts).
      return contentScript && id === 'wxt/browser' ? CONTENT_BROWSER : undefined;
    },
    load(id) {
      if (!id.startsWith(OURS)) return undefined;
      return `import definition from ${JSON.stringify(id.slice(OURS.length))};\ndefinition.main();\n`;
    },
  };
}
