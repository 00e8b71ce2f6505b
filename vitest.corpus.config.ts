// Tests against the real data in ../shared (the corpus articles): run by `npm run test:corpus`,
// never by `npm test`, which must pass on a bare clone.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/corpus/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
