import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Site builds share the project's .astro/ folder: one test file at a time keeps them from racing.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 300_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          // Builds the seed site once; build-output tests read it.
          globalSetup: ['tests/build/global-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // Builds the site once and serves it on 127.0.0.1 like a CDN; each test file launches one Chromium.
          globalSetup: ['tests/e2e/global-setup.ts'],
        },
      },
    ],
  },
});
