// The only module that uses pdfjs-dist (its two builds come in through ./pdfjs-*.ts): opens PDFs, paints pages and lays their text, every failure a reason.
import type { PDFDocumentProxy, PDFPageProxy, RenderTask } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { canvasSize, type PaintTarget } from './paint-size.ts';
import { precheckPdf, type PrecheckFailure } from './pdf-precheck.ts';
import { releaseCanvas } from './release-canvas.ts';
import textLayerStyles from './text-layer.module.css';

/**
 * Whether this browser has what pdf.js's legacy build adds with core-js: then its modern build runs here, smaller and
 * faster to start (the first PDF page measured ~1.1× slower with the legacy build on current Chromium: bench row
 * floor-first-pdf-page). Terminals below that, down to the floor (Chromium 90), load the legacy build.
 */
function runsModernPdfjs(): boolean {
  const has = (owner: object, name: string) => typeof (owner as Record<string, unknown>)[name] === 'function';
  return (
    has(Promise, 'withResolvers') &&
    has(Promise, 'try') &&
    has(Map.prototype, 'getOrInsertComputed') &&
    has(Math, 'sumPrecise') &&
    has(Uint8Array, 'fromBase64') &&
    has(Uint8Array.prototype, 'toHex')
  );
}

type PdfjsBuild = typeof import('./pdfjs-legacy.ts');

// Fetched as soon as the bridge is: by the time a document's bytes are read it is usually there. Not top-level await,
// which made the bundler split the first screen's code into many more chunks (initial JS 56 → 60 KB, measured).
const pdfjs: Promise<PdfjsBuild> = (runsModernPdfjs() ? import('./pdfjs-modern.ts') : import('./pdfjs-legacy.ts')).then(
  (build) => {
    build.GlobalWorkerOptions.workerSrc = build.workerUrl;
    return build;
  },
);

// Served from our own origin and precached (vite.config.ts): Chinese text in non-embedded fonts needs the cMaps.
const assets = (folder: string) => new URL(`pdfjs/${folder}/`, document.baseURI).href;

export type PdfFailure = PrecheckFailure | 'encrypted' | 'timeout';

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

/** A page painted: a canvas of its own (the caller releases it, see releaseCanvas) and the CSS size it is shown at. */
export interface PaintedPage {
  canvas: HTMLCanvasElement;
  cssWidth: number;
  cssHeight: number;
}

/** A paint in progress: `done` resolves null when it was cancelled (its canvas is then already freed). */
export interface Painting {
  readonly done: Promise<PaintedPage | null>;
  cancel(): void;
}

/** Laying a page's text over it: `done` resolves false when it was cancelled. */
export interface TextLaying {
  readonly done: Promise<boolean>;
  cancel(): void;
}

export interface PdfHandle {
  readonly pageCount: number;
  pageSize(pageNumber: number): Promise<PageSize>;
  /**
   * The one way to paint a page (1-based): to `target.width` CSS px, with as many pixels as its purpose gets
   * (paint-size.ts). Each paint is independent, so a viewer can keep a few pages painting and cancel the ones it left.
   */
  paint(pageNumber: number, target: PaintTarget): Painting;
  /** Lays the page's invisible text over its painting, `cssWidth` wide (read-aloud marks it). */
  layText(pageNumber: number, container: HTMLElement, cssWidth: number): TextLaying;
  /** Lets pdf.js drop what it cached for a page that has left the view. */
  releasePage(pageNumber: number): void;
  destroy(): Promise<void>;
}

const OPEN_TIMEOUT_MS = 30_000;

// One pdf.js worker for the life of the page: starting it costs ~0.6 s (DESIGN), paid once, ideally before the
// first document is opened (warmUpPdf), and never again per document.
let sharedWorker: Promise<InstanceType<PdfjsBuild['PDFWorker']>> | undefined;

/** Starts pdf.js's worker ahead of need, so the first document opens without waiting for it. */
export function warmUpPdf(): void {
  sharedWorker ??= pdfjs.then((build) => new build.PDFWorker());
}

export async function openPdf(bytes: Uint8Array): Promise<PdfHandle> {
  const refused = precheckPdf(bytes);
  if (refused) throw new PdfOpenError(refused);
  warmUpPdf();
  const { getDocument, TextLayer } = await pdfjs;
  const worker = await sharedWorker!;
  const task = getDocument({
    worker,
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
  return pdfHandle(pdf, TextLayer);
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

function pdfHandle(pdf: PDFDocumentProxy, TextLayer: PdfjsBuild['TextLayer']): PdfHandle {
  const pages = new Map<number, Promise<PDFPageProxy>>();
  const getPage = (n: number) => {
    let page = pages.get(n);
    if (!page) pages.set(n, (page = pdf.getPage(n)));
    return page;
  };

  return {
    pageCount: pdf.numPages,
    async pageSize(pageNumber) {
      const { width, height } = (await getPage(pageNumber)).getViewport({ scale: 1 });
      return { width, height };
    },
    paint(pageNumber, target) {
      let task: RenderTask | undefined;
      let cancelled = false;
      const done = (async (): Promise<PaintedPage | null> => {
        const page = await getPage(pageNumber);
        if (cancelled) return null;
        const base = page.getViewport({ scale: 1 });
        const cssWidth = target.width;
        const cssHeight = (cssWidth / base.width) * base.height;
        const size = canvasSize(target.purpose, cssWidth, cssHeight, window.devicePixelRatio);
        const canvas = document.createElement('canvas');
        canvas.width = size.width;
        canvas.height = size.height;
        canvas.style.width = `${cssWidth}px`;
        canvas.style.height = `${cssHeight}px`;
        // Scaled to the canvas's whole width: rounding the canvas up leaves no blank column at the page's edge.
        task = page.render({ canvas, viewport: page.getViewport({ scale: size.width / base.width }) });
        try {
          await task.promise;
          return { canvas, cssWidth, cssHeight };
        } catch (e) {
          releaseCanvas(canvas);
          if (isCancel(e)) return null;
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
    },
    layText(pageNumber, container, cssWidth) {
      let layer: InstanceType<PdfjsBuild['TextLayer']> | undefined;
      let cancelled = false;
      const done = (async () => {
        const page = await getPage(pageNumber);
        if (cancelled) return false;
        const viewport = page.getViewport({ scale: cssWidth / page.getViewport({ scale: 1 }).width });
        container.replaceChildren();
        container.classList.add(textLayerStyles.layer!);
        // TextLayer writes the layer's size as calc(var(--total-scale-factor) * <page width in PDF units>), and the
        // span rules (text-layer.module.css) size fonts from it; pdf.js's own viewer sets it on each page element
        // as --scale-factor * --user-unit. Here it is set once, on the layer: the viewport's scale, user unit included.
        container.style.setProperty('--total-scale-factor', String(viewport.scale * viewport.userUnit));
        // Where CSS round() exists TextLayer rounds the layer's size down to these steps: whole CSS px, as the canvas.
        container.style.setProperty('--scale-round-x', '1px');
        container.style.setProperty('--scale-round-y', '1px');
        layer = new TextLayer({ textContentSource: page.streamTextContent(), container, viewport });
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
      pages.clear();
      // Cancels whatever is still painting, and frees the worker's copy of the document.
      await pdf.loadingTask.destroy();
    },
  };
}
