import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The real-browser suite and the reliability suite have their own configs (`npm run test:browser`,
    // `npm run test:reliability`).
    exclude: ['tests/browser/**', 'tests/reliability/**', ...configDefaults.exclude],
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Emulators are shared per run; files run in parallel against separate tables and buckets.
    pool: 'forks',
    // Handlers log JSON lines; show them only for failing tests.
    silent: 'passed-only',
  },
});
