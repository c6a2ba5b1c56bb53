// pack's PDF text thread: pdf.js's legacy build reads each PDF's text and page count, cMaps and standard fonts from node_modules.
// Plain JavaScript on purpose: tsx's loader (Node 20 does not pass it on to workers) never sees pdf.js, which cost ~300 MB of RSS.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

// pdf.js's "fake worker" on this thread: the parsing already runs off the main thread, a second hop would only cost.
globalThis.pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** @param {string} path @returns {Promise<import('./pdf-text.ts').PdfText>} */
async function readPdfText(path) {
  let pdf;
  try {
    pdf = await getDocument({
      data: new Uint8Array(await readFile(path)),
      // Chinese PDFs that rely on the reader's fonts (STSong with GBK-EUC-H, say) give no text without the cMaps.
      cMapUrl: join(pdfjsRoot, 'cmaps/'),
      standardFontDataUrl: join(pdfjsRoot, 'standard_fonts/'),
      isEvalSupported: false,
      verbosity: 0,
    }).promise;
    const pages = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '');
      pages.push(text.trim());
      page.cleanup();
    }
    return { ok: true, text: pages.join('\n\n'), pages: pdf.numPages };
  } catch (e) {
    return {
      ok: false,
      reason: e?.name === 'PasswordException' ? 'encrypted' : 'unreadable',
      detail: String(e?.message ?? e),
    };
  } finally {
    await pdf?.destroy();
  }
}

parentPort.on('message', async ({ id, path }) => parentPort.postMessage({ id, result: await readPdfText(path) }));
