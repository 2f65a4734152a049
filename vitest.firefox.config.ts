import { defineConfig } from 'vitest/config';

// The Firefox build in real Firefox ESR: a few core journeys, one browser for the file.
export default defineConfig({
  test: {
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'test-results/firefox.json' },
    environment: 'node',
    include: ['tests/firefox/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    retry: process.env.CI ? 1 : 0,
  },
});
