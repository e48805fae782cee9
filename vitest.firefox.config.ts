import { defineConfig } from 'vitest/config';

// Browser tests in Firefox ESR with the built Firefox extension (run `npm run build:firefox` first).
export default defineConfig({
  test: {
    include: ['test/firefox/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120000,
    hookTimeout: 90000,
    fileParallelism: false,
  },
});
