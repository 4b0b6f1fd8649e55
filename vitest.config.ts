import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The real-browser suite has its own config (vitest.browser.config.ts, `npm run test:browser`).
    exclude: ['tests/browser/**', ...configDefaults.exclude],
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Emulators are shared per run; files run in parallel against separate tables and buckets.
    pool: 'forks',
    // Handlers log JSON lines; show them only for failing tests.
    silent: 'passed-only',
  },
});
