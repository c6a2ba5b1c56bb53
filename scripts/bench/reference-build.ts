// Builds the reference page (pdfjs-dist's own PDFViewer) with Vite into .bench-cache/reference, with pdf.js data and the PDF.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { copyAssets } from '../vite/copy-assets.ts';

const pdfjs = join(import.meta.dirname, '../../node_modules/pdfjs-dist');

/** What the built page depends on: pdfjs-dist's version and the page's own source. */
function referenceStamp(): string {
  const hash = createHash('sha256');
  hash.update(readFileSync(join(pdfjs, 'package.json')));
  for (const file of ['index.html', 'main.ts']) hash.update(readFileSync(join(import.meta.dirname, 'reference', file)));
  return hash.digest('hex');
}

const stampFile = (outDir: string) => join(outDir, 'built-from.txt');

/** Whether `outDir` holds the page built from today's pdfjs-dist and source, so it need not be built again. */
export function referenceUpToDate(outDir: string): boolean {
  return existsSync(stampFile(outDir)) && readFileSync(stampFile(outDir), 'utf8') === referenceStamp();
}

/** Builds the page into `outDir`. */
export async function buildReference(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: join(import.meta.dirname, 'reference'),
    base: '/',
    logLevel: 'warn',
    // Same folders as the kiosk's build, so cMapUrl and standardFontDataUrl point at the same kind of place.
    plugins: [
      copyAssets([
        { from: `${pdfjs}/cmaps`, to: 'pdfjs/cmaps' },
        { from: `${pdfjs}/standard_fonts`, to: 'pdfjs/standard_fonts' },
        { from: `${pdfjs}/wasm`, to: 'pdfjs/wasm' },
        { from: `${pdfjs}/iccs`, to: 'pdfjs/iccs' },
      ]),
    ],
    // pdf.js is one big chunk by nature: no size warning for it.
    // On a busy machine Rolldown also warns about slow plugins: noise for a page built only to be measured.
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      assetsInlineLimit: 0,
      chunkSizeWarningLimit: 4096,
      rolldownOptions: { checks: { bundlerTimings: false } },
    },
  });
  writeFileSync(stampFile(outDir), referenceStamp());
}

/** Puts the PDF beside the page as `document.pdf`, byte for byte the file the kiosk imported; done on every run. */
export function placeDocument(outDir: string, pdfFile: string): void {
  copyFileSync(pdfFile, join(outDir, 'document.pdf'));
}
