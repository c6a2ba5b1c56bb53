// Row first-pdf-page: the demo's long PDF to its first painted page, in our viewer and in pdfjs-dist's own PDFViewer.
import type { Browser, Page } from 'playwright-core';
import { contextOptions, startKiosk, type DemoPdf, type StartedKiosk } from './kiosk.ts';
import { kioskTargets, readMarks, waitForMark } from './probe.ts';
import { delivered, recordScripts } from './script-log.ts';

export interface PdfRun {
  /** Navigation start to the first frame showing page 1 painted. */
  paintedMs: number;
  /** Milestones in ms after navigation start (which ones depends on the side). */
  marks: Record<string, number>;
  /** The painted canvas: backing pixels and CSS width, to show both sides paint the same. */
  canvas: PaintedCanvas;
  /** Scripts the page loaded, workers included. */
  scripts: string[];
}

export interface PaintedCanvas {
  width: number;
  height: number;
  cssWidth: number;
  /** Pixels darker than mid-grey: a blank page has none. */
  inkPixels: number;
}

export interface FirstPdfPageResult {
  ours: PdfRun[];
  oursFresh: PdfRun[];
  reference: PdfRun[];
}

/** `runs` of each side, interleaved so that drift on a busy machine hits all alike; the reference gets our page width. */
export async function measureFirstPdfPage(
  browser: Browser,
  kiosk: StartedKiosk,
  urls: { app: string; reference: string },
  doc: DemoPdf,
  runs: number,
  screenshots: { ours: string; reference: string },
): Promise<FirstPdfPageResult> {
  const result: FirstPdfPageResult = { ours: [], oursFresh: [], reference: [] };
  for (let i = 0; i < runs; i++) {
    result.ours.push(await oursImported(kiosk, urls.app, doc, i === 0 ? screenshots.ours : undefined));
    const width = Math.round(result.ours[0]!.canvas.cssWidth);
    result.reference.push(
      await referenceViewer(browser, urls.reference, width, i === 0 ? screenshots.reference : undefined),
    );
    result.oursFresh.push(await oursFresh(browser, urls.app, doc));
  }
  return result;
}

/** Ours: a new page in the kiosk that already imported, straight to `#/doc/<id>`, its service worker stopped first. */
export async function oursImported(
  kiosk: StartedKiosk,
  appUrl: string,
  doc: DemoPdf,
  screenshot?: string,
): Promise<PdfRun> {
  await kiosk.stopServiceWorker();
  const recorder = recordScripts(kiosk.context, appUrl);
  const page = await kiosk.newPage();
  try {
    const run = await oursToFirstPage(page, `${appUrl}#/doc/${doc.id}`);
    if (screenshot) await page.screenshot({ path: screenshot });
    return { ...run, scripts: delivered(await recorder.stop()) };
  } finally {
    await page.close();
  }
}

/**
 * Ours with pdf.js never loaded before: a new context (service worker blocked, so no precache runs behind the
 * measurement and nothing comes from a cache) does its first start on Home, then a new page opens `#/doc/<id>`.
 */
async function oursFresh(browser: Browser, appUrl: string, doc: DemoPdf): Promise<PdfRun> {
  const kiosk = await startKiosk(browser, appUrl, { serviceWorker: false, offline: false });
  try {
    const recorder = recordScripts(kiosk.context, appUrl);
    const page = await kiosk.newPage();
    const run = await oursToFirstPage(page, `${appUrl}#/doc/${doc.id}`);
    return { ...run, scripts: delivered(await recorder.stop()) };
  } finally {
    await kiosk.close();
  }
}

async function oursToFirstPage(page: Page, url: string): Promise<Omit<PdfRun, 'scripts'>> {
  await page.goto(url, { waitUntil: 'commit' });
  const paintedMs = await waitForMark(page, 'firstPage');
  const { marks, seen } = await readMarks(page);
  const canvas = await measureCanvas(page, `${kioskTargets.firstPage} canvas`);
  if (canvas.inkPixels === 0) throw new Error(`our page 1 was marked painted but its canvas is blank (${url})`);
  // When the viewer marked page 1 rendered, before the frame: the counterpart of PDFViewer's pagerendered event.
  return { paintedMs, marks: { ...marks, firstPageSeen: seen.firstPage! }, canvas };
}

/** pdfjs-dist's PDFViewer from a fresh context, its page `pageWidth` CSS px wide like ours. */
async function referenceViewer(
  browser: Browser,
  referenceUrl: string,
  pageWidth: number,
  screenshot?: string,
): Promise<PdfRun> {
  const context = await browser.newContext(contextOptions);
  try {
    const recorder = recordScripts(context, referenceUrl);
    const page = await context.newPage();
    await page.goto(`${referenceUrl}?width=${pageWidth}`, { waitUntil: 'commit' });
    await page.waitForFunction(() => '__reference' in window, undefined, { timeout: 60_000, polling: 20 });
    const marks = await page.evaluate(() => (window as unknown as ReferenceWindow).__reference.done);
    const canvas = await measureCanvas(page, '.page[data-page-number="1"] canvas');
    if (canvas.inkPixels === 0) throw new Error("the reference's page 1 was painted blank");
    if (screenshot) await page.screenshot({ path: screenshot });
    return { paintedMs: marks.painted!, marks, canvas, scripts: delivered(await recorder.stop()) };
  } finally {
    await context.close();
  }
}

interface ReferenceWindow {
  __reference: { done: Promise<Record<string, number>> };
}

const measureCanvas = (page: Page, selector: string): Promise<PaintedCanvas> =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const canvas = element as HTMLCanvasElement;
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let inkPixels = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! + data[i + 1]! + data[i + 2]! < 384) inkPixels++;
      return { width: canvas.width, height: canvas.height, cssWidth: canvas.getBoundingClientRect().width, inkPixels };
    });
