// Turns document HTML into PDF and PNG files with headless Chromium, and counts PDF pages with pdf.js.
import { chromium, type Browser, type Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

// 公文 pages are numbered "— 1 —" at the foot; Chromium draws that in the bottom margin, so the margins are set here.
// The footer is its own document without the page's fonts: a TrueType Latin face keeps it small (no Type 3 glyphs).
const FOOTER = `<div style="width:100%;text-align:center;font-size:10pt;font-family:'Liberation Serif','DejaVu Serif',serif;">— <span class="pageNumber"></span> —</div>`;
const PDF_VIEWPORT = { width: 800, height: 1000 };
const MARGIN = { top: '26mm', bottom: '24mm', left: '26mm', right: '24mm' };

export interface Renderer {
  pdf(html: string): Promise<{ bytes: Uint8Array; pages: number }>;
  /** A full-page screenshot, `width` CSS pixels wide. */
  png(html: string, width: number): Promise<Uint8Array>;
  close(): Promise<void>;
}

async function load(page: Page, html: string): Promise<void> {
  await page.setContent(html, { waitUntil: 'load' });
  // Local CJK fonts load asynchronously; printing before they are ready would use a fallback face.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

export async function countPdfPages(bytes: Uint8Array): Promise<number> {
  // pdf.js takes ownership of the buffer it is given, so hand it a copy.
  const pdf = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
  const pages = pdf.numPages;
  await pdf.destroy();
  return pages;
}

export async function openRenderer(): Promise<Renderer> {
  const browser: Browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: LAUNCH_ARGS,
  });
  const page = await browser.newPage({ viewport: PDF_VIEWPORT, deviceScaleFactor: 1 });
  return {
    async pdf(html) {
      await load(page, html);
      const buffer = await page.pdf({
        format: 'A4',
        margin: MARGIN,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: FOOTER,
        printBackground: true,
      });
      const bytes = new Uint8Array(buffer);
      return { bytes, pages: await countPdfPages(bytes) };
    },
    async png(html, width) {
      // A short viewport so the full-page shot ends where the notice does.
      await page.setViewportSize({ width, height: 400 });
      await load(page, html);
      const bytes = new Uint8Array(await page.screenshot({ fullPage: true, type: 'png' }));
      await page.setViewportSize(PDF_VIEWPORT);
      return bytes;
    },
    close: () => browser.close(),
  };
}
