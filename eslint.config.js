// Lint rules: typescript-eslint's recommended (syntax-only) set, the import boundaries of DESIGN.md's rooms,
// and the rules of hooks (Preact's hooks follow React's, so a hook's dependency list is checked, not kept by hand).
import js from '@eslint/js';
import compat from 'eslint-plugin-compat';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Folders each room of src/ must not import from (DESIGN.md, Shape of the code). */
const forbidden = {
  shared: ['storage', 'content', 'catalogue', 'viewer', 'print', 'kiosk', 'ui', 'sw'],
  storage: ['content', 'catalogue', 'viewer', 'print', 'kiosk', 'ui', 'sw'],
  content: ['viewer', 'print', 'kiosk', 'ui', 'sw'],
  catalogue: ['content', 'viewer', 'print', 'kiosk', 'ui', 'sw'],
  viewer: ['content', 'catalogue', 'print', 'kiosk', 'ui', 'sw'],
  print: ['content', 'catalogue', 'kiosk', 'ui', 'sw'],
  kiosk: ['content', 'catalogue', 'viewer', 'print', 'ui', 'sw'],
  ui: ['storage', 'sw'],
  sw: ['storage', 'content', 'catalogue', 'viewer', 'print', 'kiosk', 'ui'],
};

// pdf.js is heavy: only the viewer bridge (its two builds' entries, its worker's) may import it, off the first screen.
const pdfjsOnlyInBridge = [{ name: 'pdfjs-dist', message: 'only src/viewer/pdf.ts imports pdfjs-dist' }];
const pdfjsSubpaths = { group: ['pdfjs-dist/*'], message: 'only src/viewer/pdf.ts imports pdfjs-dist' };

const boundaries = Object.entries(forbidden).map(([room, banned]) => ({
  files: [`src/${room}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: pdfjsOnlyInBridge,
        patterns: [
          pdfjsSubpaths,
          ...banned.map((folder) => ({
            group: [`**/${folder}/*`],
            message: `src/${room} may not import src/${folder} (DESIGN.md)`,
          })),
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public', 'test-results', 'playwright-report', '.bench-cache', '.cache'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  ...boundaries,
  {
    // The floor (DESIGN: Where it runs): a browser API above Chromium 90 in the app's code fails lint unless
    // src/shared/floor-polyfills.ts adds it where missing (listed here) or the code tests for it first.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.ts'],
    plugins: { compat },
    settings: {
      browsers: ['chrome >= 90'],
      lintAllEsApis: true,
      polyfills: ['Array.at', 'String.at', 'Object.hasOwn', 'AbortSignal.timeout'],
    },
    rules: { 'compat/compat': 'error' },
  },
  {
    // Only the two classic rules: the plugin's recommended set adds React Compiler checks this app has no use for.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['src/viewer/pdf.ts', 'src/viewer/pdfjs-*.ts', 'src/viewer/pdf.worker.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
