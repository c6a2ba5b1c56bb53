// Unit tests: pure logic in Node (fake-indexeddb where storage is touched); browser behaviour lives in e2e/.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
