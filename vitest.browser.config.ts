// The real-browser suite (`npm run test:browser`), in Debian's headless Chromium: pages rendered by
// functions/core/publish/pages/ and served from 127.0.0.1 as `npm start` serves them, and the editors' upload page (/editor/)
// against `npm start` on a fresh data directory, which runs its emulators in its own process.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
