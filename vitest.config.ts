// Unit tests: pure logic in Node (fake-indexeddb where storage is touched); screens and dialogs in happy-dom with fake
// services; journeys across screens, storage, the service worker or a real PDF live in e2e/.
import { defineConfig } from 'vitest/config';
import pkg from './package.json' with { type: 'json' };

export default defineConfig({
  test: {
    // The search property test builds an index over a generated corpus: seconds on a loaded 2-core machine, not 5.
    testTimeout: 30_000,
    // One worker per core. Vitest's default in a run leaves one core idle: on a 2-core machine that is one worker, and
    // the unit and component tests took 92 s instead of 50 s.
    maxWorkers: '100%',
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        // JSX as tsconfig.json compiles it (preact's automatic runtime); the app's version as vite.config.ts defines it.
        oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
        define: { __APP_VERSION__: JSON.stringify(pkg.version) },
        test: {
          name: 'components',
          include: ['src/**/*.test.tsx'],
          environment: 'happy-dom',
          setupFiles: ['src/ui/test-support/setup.ts'],
        },
      },
    ],
  },
});
