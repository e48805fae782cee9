import { defineConfig } from 'vitest/config';

// Unit tests: the pure core and the DOM layer (happy-dom) in Node. Browser tests have
// their own config (vitest.browser.config.ts) because they need the built extension.
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20000,
  },
});
