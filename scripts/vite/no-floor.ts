// Vite plugin for the bench's counterpart build (CHAYUE_BUILD=no-floor): the kiosk as it was before the Chromium 90 floor.
import type { Plugin } from 'vite';

const EMPTY = '\0chayue-no-floor-polyfills';

// What the floor brings, taken away again: pdf.js's legacy build becomes its modern one, and the floor's polyfills an
// empty module; the target is set by vite.config.ts. Only the bench builds this, to show what the floor costs.
const swapped: Record<string, string> = {
  'pdfjs-dist/legacy/build/pdf.mjs': 'pdfjs-dist/build/pdf.mjs',
  'pdfjs-dist/legacy/build/pdf.worker.mjs': 'pdfjs-dist/build/pdf.worker.mjs',
};

export function noFloor(): Plugin {
  return {
    name: 'chayue-no-floor',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (source.endsWith('/floor-polyfills.ts')) return EMPTY;
      const modern = swapped[source];
      return modern ? this.resolve(modern, importer, { ...options, skipSelf: true }) : null;
    },
    load(id) {
      return id === EMPTY ? 'export {};' : null;
    },
  };
}
