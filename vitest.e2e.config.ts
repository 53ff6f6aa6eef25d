import { defineConfig } from 'vitest/config';

// End-to-end: real Chromium with the built extension. Node environment and the real `browser` (no WxtVitest).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 60_000,
    globalSetup: ['tests/e2e/global-setup.ts'],
  },
});
