import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium with the built extension (run `npm run build` first).
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    environment: 'node',
    testTimeout: 90000,
    hookTimeout: 60000,
    fileParallelism: false,
  },
});
