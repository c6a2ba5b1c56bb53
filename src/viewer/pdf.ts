// The only module that imports pdfjs-dist: opens PDFs from bytes and paints pages, with every failure turned into a reason.
import { getDocument, GlobalWorkerOptions, PDFWorker, type PDFDocumentProxy, type RenderTask } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = workerUrl;

// Served from our own origin and precached (vite.config.ts): Chinese text in non-embedded fonts needs the cMaps.
const assets = (folder: string) => new URL(`pdfjs/${folder}/`, document.baseURI).href;

export type PdfFailure = 'encrypted' | 'damaged' | 'timeout';

export class PdfOpenError extends Error {
  constructor(readonly reason: PdfFailure, detail?: string) {
    super(detail ?? reason);
  }
}

export interface PdfHandle {
  readonly pageCount: number;
  /** Paints page `pageNumber` (1-based) to fit `cssWidth`; resolves false when a newer paint cancelled it. */
  renderPage(pageNumber: number, canvas: HTMLCanvasElement, cssWidth: number): Promise<boolean>;
  destroy(): Promise<void>;
}

const OPEN_TIMEOUT_MS = 30_000;

// One pdf.js worker for the life of the page: starting it costs ~0.6 s (DESIGN), paid once, ideally before the
// first document is opened (warmUpPdf), and never again per document.
let sharedWorker: PDFWorker | undefined;

/** Starts pdf.js's worker ahead of need, so the first document opens without waiting for it. */
export function warmUpPdf(): void {
  sharedWorker ??= new PDFWorker();
}

/** True when the file ends with an end-of-file marker: a download cut short has none, and pdf.js would show part of it. */
function looksComplete(bytes: Uint8Array): boolean {
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 2048)));
  return tail.includes('%%EOF');
}

export async function openPdf(bytes: Uint8Array): Promise<PdfHandle> {
  if (!looksComplete(bytes)) throw new PdfOpenError('damaged', 'no %%EOF at the end: truncated');
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
  return pdfHandle(pdf);
}

function toOpenError(e: unknown): PdfOpenError {
  if (e instanceof PdfOpenError) return e;
  const name = (e as { name?: string }).name;
  if (name === 'PasswordException') return new PdfOpenError('encrypted');
  return new PdfOpenError('damaged', String(e));
}

function pdfHandle(pdf: PDFDocumentProxy): PdfHandle {
  let current: RenderTask | undefined;
  return {
    pageCount: pdf.numPages,
    async renderPage(pageNumber, canvas, cssWidth) {
      current?.cancel();
      const page = await pdf.getPage(pageNumber);
      const base = page.getViewport({ scale: 1 });
      // Sharp on high-DPI panels, but capped: a 4K terminal at DPR 3 would need 3x the canvas memory for no visible gain.
      const ratio = Math.min(window.devicePixelRatio || 1, 2);
      const viewport = page.getViewport({ scale: (cssWidth / base.width) * ratio });
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      canvas.style.width = `${Math.floor(viewport.width / ratio)}px`;
      canvas.style.height = `${Math.floor(viewport.height / ratio)}px`;
      const task = page.render({ canvas, viewport });
      current = task;
      try {
        await task.promise;
        return true;
      } catch (e) {
        if ((e as { name?: string }).name === 'RenderingCancelledException') return false;
        throw new PdfOpenError('damaged', String(e));
      } finally {
        if (current === task) current = undefined;
      }
    },
    async destroy() {
      current?.cancel();
      await pdf.loadingTask.destroy();
    },
  };
}
