// The reliability suite (`npm run test:reliability`): load, a SIGKILL mid-burst, concurrent corrections and
// hostile inputs against real `npm start` processes. One file at a time: each drives a process of its own
// and the figures (latencies) should not be measured while another suite loads the same two cores.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/reliability/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 120_000,
  },
});
