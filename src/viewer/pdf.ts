// The only module that imports pdfjs-dist: opens PDFs from bytes and paints pages, with every failure turned into a reason.
import {
  getDocument,
  GlobalWorkerOptions,
  PDFWorker,
  TextLayer,
  type PDFDocumentProxy,
  type PDFPageProxy,
  type RenderTask,
} from 'pdfjs-dist/legacy/build/pdf.mjs';
// pdf.js's legacy build, which brings its own polyfills (core-js, for Chrome 110), run on the floor (Chromium 90): its
// worker starts from ./pdf.worker.ts, which adds what it still assumes, and Vite lowers both copies' syntax.
import workerUrl from './pdf.worker.ts?worker&url';

GlobalWorkerOptions.workerSrc = workerUrl;

// Served from our own origin and precached (vite.config.ts): Chinese text in non-embedded fonts needs the cMaps.
const assets = (folder: string) => new URL(`pdfjs/${folder}/`, document.baseURI).href;

export type PdfFailure = 'encrypted' | 'damaged' | 'truncated' | 'empty' | 'timeout';

export class PdfOpenError extends Error {
  constructor(
    readonly reason: PdfFailure,
    detail?: string,
  ) {
    super(detail ?? reason);
  }
}

/** A page's size in CSS px at 100 % (PDF points), after its own rotation. */
export interface PageSize {
  width: number;
  height: number;
}

/** A paint in progress: `done` resolves false when it was cancelled, true once painted. */
export interface PaintJob {
  readonly done: Promise<boolean>;
  cancel(): void;
}

export interface PdfHandle {
  readonly pageCount: number;
  pageSize(pageNumber: number): Promise<PageSize>;
  /** Paints page `pageNumber` (1-based) to fit `cssWidth`; resolves false when a newer paint cancelled it. */
  renderPage(pageNumber: number, canvas: HTMLCanvasElement, cssWidth: number): Promise<boolean>;
  /** Paints one page independently of others, so a viewer can keep a few pages painting and cancel the ones it left. */
  paintPage(pageNumber: number, canvas: HTMLCanvasElement, cssWidth: number, maxPixels?: number): PaintJob;
  /** Lays the page's invisible text over its canvas (read-aloud and, later, search highlights). */
  paintTextLayer(pageNumber: number, container: HTMLElement, cssWidth: number): PaintJob;
  /** Lets pdf.js drop what it cached for a page that has left the view. */
  releasePage(pageNumber: number): void;
  destroy(): Promise<void>;
}

const OPEN_TIMEOUT_MS = 30_000;
// 12 M pixels ≈ 48 MB per canvas: a zoomed page beyond this is painted coarser and stretched, not left to exhaust memory.
const MAX_CANVAS_PIXELS = 12_000_000;

// One pdf.js worker for the life of the page: starting it costs ~0.6 s (DESIGN), paid once, ideally before the
// first document is opened (warmUpPdf), and never again per document.
let sharedWorker: PDFWorker | undefined;

/** Starts pdf.js's worker ahead of need, so the first document opens without waiting for it. */
export function warmUpPdf(): void {
  sharedWorker ??= new PDFWorker();
}

/** Why these bytes cannot be a whole PDF, before pdf.js spends time on them; null when they may be one. */
export function precheckPdf(bytes: Uint8Array): PdfFailure | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.trim() === '' && bytes.length <= 1024) return 'empty';
  // A download cut short has no end-of-file marker, and pdf.js would quietly show part of it.
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 2048)));
  if (!head.includes('%PDF-')) return 'damaged';
  if (!tail.includes('%%EOF')) return 'truncated';
  return null;
}

export async function openPdf(bytes: Uint8Array): Promise<PdfHandle> {
  const refused = precheckPdf(bytes);
  if (refused) throw new PdfOpenError(refused);
  warmUpPdf();
  const task = getDocument({
    worker: sharedWorker,
    data: bytes,
    cMapUrl: assets('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: assets('standard_fonts'),
    wasmUrl: assets('wasm'),
    iccUrl: assets('iccs'),
    // The page, not pdf.js's worker, fetches cMaps and fonts: the same requests, but visible to the service worker's client and to tests.
    useWorkerFetch: false,
    isEvalSupported: false,
    enableXfa: false,
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PdfOpenError('timeout')), OPEN_TIMEOUT_MS);
  });
  let pdf: PDFDocumentProxy;
  try {
    pdf = await Promise.race([task.promise, timeout]);
  } catch (e) {
    void task.destroy();
    throw toOpenError(e);
  } finally {
    clearTimeout(timer);
  }
  if (pdf.numPages === 0) {
    void task.destroy();
    throw new PdfOpenError('empty');
  }
  return pdfHandle(pdf);
}

function toOpenError(e: unknown): PdfOpenError {
  if (e instanceof PdfOpenError) return e;
  const name = (e as { name?: string }).name;
  // With no onPassword handler pdf.js rejects a user password at once (a kiosk has no keyboard to ask for one);
  // an owner password alone never asks, so such files open.
  if (name === 'PasswordException') return new PdfOpenError('encrypted');
  return new PdfOpenError('damaged', String(e));
}

const isCancel = (e: unknown) =>
  (e as { name?: string }).name === 'RenderingCancelledException' || (e as { name?: string }).name === 'AbortException';

function pdfHandle(pdf: PDFDocumentProxy): PdfHandle {
  let current: PaintJob | undefined;
  const pages = new Map<number, Promise<PDFPageProxy>>();
  const getPage = (n: number) => {
    let page = pages.get(n);
    if (!page) pages.set(n, (page = pdf.getPage(n)));
    return page;
  };

  function paintPage(
    pageNumber: number,
    canvas: HTMLCanvasElement,
    cssWidth: number,
    maxPixels = MAX_CANVAS_PIXELS,
  ): PaintJob {
    let task: RenderTask | undefined;
    let cancelled = false;
    const done = (async () => {
      const page = await getPage(pageNumber);
      if (cancelled) return false;
      const base = page.getViewport({ scale: 1 });
      // Sharp on high-DPI panels, but capped: a 4K terminal at DPR 3 would need 3x the canvas memory for no visible gain.
      let ratio = Math.min(window.devicePixelRatio || 1, 2);
      const cssHeight = (cssWidth / base.width) * base.height;
      ratio = Math.min(ratio, Math.sqrt(maxPixels / (cssWidth * cssHeight)));
      const viewport = page.getViewport({ scale: (cssWidth / base.width) * ratio });
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      canvas.style.width = `${Math.floor(cssWidth)}px`;
      canvas.style.height = `${Math.floor(cssHeight)}px`;
      task = page.render({ canvas, viewport });
      try {
        await task.promise;
        return true;
      } catch (e) {
        if (isCancel(e)) return false;
        throw new PdfOpenError('damaged', String(e));
      }
    })();
    return {
      done,
      cancel() {
        cancelled = true;
        task?.cancel();
      },
    };
  }

  return {
    pageCount: pdf.numPages,
    async pageSize(pageNumber) {
      const { width, height } = (await getPage(pageNumber)).getViewport({ scale: 1 });
      return { width, height };
    },
    async renderPage(pageNumber, canvas, cssWidth) {
      current?.cancel();
      const job = paintPage(pageNumber, canvas, cssWidth);
      current = job;
      try {
        return await job.done;
      } finally {
        if (current === job) current = undefined;
      }
    },
    paintPage,
    paintTextLayer(pageNumber, container, cssWidth) {
      let layer: TextLayer | undefined;
      let cancelled = false;
      const done = (async () => {
        const page = await getPage(pageNumber);
        if (cancelled) return false;
        const base = page.getViewport({ scale: 1 });
        const scale = cssWidth / base.width;
        container.replaceChildren();
        // pdf.js sizes the layer from these variables (its own viewer sets them on the page element).
        container.style.setProperty('--total-scale-factor', String(scale));
        container.style.setProperty('--scale-round-x', '1px');
        container.style.setProperty('--scale-round-y', '1px');
        layer = new TextLayer({
          textContentSource: page.streamTextContent(),
          container,
          viewport: page.getViewport({ scale }),
        });
        try {
          await layer.render();
          return !cancelled;
        } catch (e) {
          if (cancelled || isCancel(e)) return false;
          throw new PdfOpenError('damaged', String(e));
        }
      })();
      return {
        done,
        cancel() {
          cancelled = true;
          layer?.cancel();
        },
      };
    },
    releasePage(pageNumber) {
      const page = pages.get(pageNumber);
      pages.delete(pageNumber);
      void page?.then((p) => p.cleanup());
    },
    async destroy() {
      current?.cancel();
      pages.clear();
      await pdf.loadingTask.destroy();
    },
  };
}
