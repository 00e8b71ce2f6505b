import { defineConfig } from 'vitest/config';

// e2e runs one Chromium at a time against a fresh web host per file.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
