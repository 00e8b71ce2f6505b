import { defineConfig } from 'vitest/config';

// Checks against the real data sets in ../shared (never copied into the repository): the three
// corpus articles, and the e2e tests that walk the app over them. CI runs them beside ../shared;
// `npm test` never needs them.
export default defineConfig({
  test: {
    include: ['tests/corpus/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
