import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { preactAliases, reactLibraries } from './preact.config.ts';

export default defineConfig({
  plugins: [WxtVitest()],
  // Tests render with the same Preact the build ships (see preact.config.ts).
  resolve: {
    alias: [
      ...preactAliases,
      // Its package points Node at the CommonJS build, whose require('react-dom') no alias reaches.
      { find: /^@testing-library\/react$/, replacement: '@testing-library/react/dist/@testing-library/react.esm.js' },
    ],
  },
  test: {
    // CI also writes JSON results, summed by .ci/summarize.mjs into one 'N passed, N failed' line.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'test-results/unit.json' },
    environment: 'happy-dom',
    // Saved pages reference CDNs; the tests read markup only, so nothing is fetched or run.
    environmentOptions: {
      happyDOM: {
        settings: {
          disableCSSFileLoading: true,
          disableJavaScriptFileLoading: true,
          disableJavaScriptEvaluation: true,
          handleDisabledFileLoadingAsSuccess: true,
        },
      },
    },
    // The fake browser has no i18n: English messages.json serves the UI strings (tests/helpers/i18n.ts).
    setupFiles: ['fake-indexeddb/auto', 'tests/helpers/i18n-setup.ts', 'tests/helpers/dom-setup.ts'],
    // Patience, not a timing target: a test that waits on IndexedDB and lazy chunks under load.
    testTimeout: 20_000,
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    server: { deps: { inline: reactLibraries } },
  },
});
