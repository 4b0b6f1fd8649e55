// The real-browser suite (`npm run test:browser`): pages rendered by functions/core/publish/render-pages.ts,
// served from 127.0.0.1 and opened in Debian's headless Chromium. No emulators needed.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
