// Unit tests: pure logic in Node (fake-indexeddb where storage is touched); browser behaviour lives in e2e/.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // The search property test builds an index over a generated corpus: seconds on a loaded 2-core machine, not 5.
    testTimeout: 30_000,
  },
});
