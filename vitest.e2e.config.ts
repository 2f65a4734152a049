import { defineConfig } from 'vitest/config';

// End-to-end tests drive real Chromium with the built extension; one browser at a time on 2 cores.
export default defineConfig({
  test: {
    // CI also writes JSON results, summed by .ci/summarize.mjs into one 'N passed, N failed' line.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'test-results/e2e.json' },
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // Under CI one retry absorbs timing on a loaded 2-core runner (a real browser, a worker that
    // restarts); a test that fails twice fails, and vitest lists every retried test in its report.
    // Seen once in four full runs: reliability.test.ts "extension reload" (see the issue 7 note).
    retry: process.env.CI ? 1 : 0,
  },
});
