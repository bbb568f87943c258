import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Site builds share the project's .astro/ folder: one test file at a time keeps them from racing.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // A test that writes to console.warn/error fails: expected output is captured and asserted instead.
    setupFiles: ['tests/setup/fail-on-console.ts'],
    projects: [
      // No browser: runs anywhere Node does.
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          // Builds the seed site once; build-output tests read it. No browser.
          globalSetup: ['tests/build/global-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // Builds the site once and serves it with `npm start`'s server; each test file launches one Chromium
          // (scripts/lib/chromium.mjs says where it is looked for).
          globalSetup: ['tests/e2e/global-setup.ts'],
        },
      },
    ],
  },
});
