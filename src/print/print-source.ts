// A document's pages as images for printing and for the dialog's preview: PDF pages at print resolution, or a picture as it is.
import type { PdfHandle } from '../viewer/pdf.ts';

/** One page ready for a sheet: an object URL to release after printing. */
export interface PreparedPage {
  page: number;
  url: string;
}

// 150 dpi over A4's whole 210 mm: on the sheet the page sits inside 12 mm margins, so paper gets ~170 dpi. Pixels
// cost twice (pdf.js paint, then PNG encoding): 200 dpi has 1.8x the pixels and took 6.9 s for 20 pages here, 150 dpi
// 2.3-3.0 s (bench print-job, both on a loaded machine). Encoding the last page while painting the next gained nothing.
export const PRINT_DPI = 150;
const A4_WIDTH_INCHES = 210 / 25.4;
export const PRINT_WIDTH_PX = Math.ceil(A4_WIDTH_INCHES * PRINT_DPI);

export interface PrintSource {
  readonly pageCount: number;
  /** Paints `pages` in order at `widthPx`; the caller releases them with releasePages. */
  render(pages: readonly number[], widthPx?: number, onPage?: (done: number) => void): Promise<PreparedPage[]>;
  destroy(): Promise<void>;
}

export function releasePages(pages: readonly PreparedPage[]): void {
  for (const p of pages) URL.revokeObjectURL(p.url);
}

function canvasBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('canvas gave no image'))), 'image/png'),
  );
}

/**
 * Opens its own copy of the PDF: the viewer's copy cancels a paint whenever the resident turns a page, which
 * must not cancel a print job. Renders run one after another, so the preview and the job never cancel each other.
 */
export async function openPdfPrintSource(blob: Blob): Promise<PrintSource> {
  const { openPdf } = await import('../viewer/pdf.ts');
  const pdf: PdfHandle = await openPdf(new Uint8Array(await blob.arrayBuffer()));
  let queue: Promise<unknown> = Promise.resolve();
  const render = async (pages: readonly number[], widthPx: number, onPage?: (done: number) => void) => {
    const out: PreparedPage[] = [];
    // One canvas reused for every page, emptied at the end: a 20-page job holds one page's pixels at a time.
    const canvas = document.createElement('canvas');
    const ratio = Math.min(window.devicePixelRatio || 1, 2);
    try {
      for (const page of pages) {
        // renderPage multiplies the CSS width by the capped device pixel ratio; divide it out to get exact print pixels
        // (+0.5: pdf.js floors the canvas size, and float error would otherwise lose the last pixel).
        const painted = await pdf.renderPage(page, canvas, (widthPx + 0.5) / ratio);
        if (!painted) throw new Error(`page ${page} was cancelled`);
        out.push({ page, url: URL.createObjectURL(await canvasBlob(canvas)) });
        onPage?.(out.length);
      }
    } catch (e) {
      releasePages(out);
      throw e;
    } finally {
      canvas.width = 0;
      canvas.height = 0;
    }
    return out;
  };
  return {
    pageCount: pdf.pageCount,
    render(pages, widthPx = PRINT_WIDTH_PX, onPage) {
      const next = queue.then(() => render(pages, widthPx, onPage));
      queue = next.catch(() => undefined);
      return next;
    },
    destroy: () => queue.then(() => pdf.destroy()),
  };
}

/** A picture document prints as one page, itself. */
export function imagePrintSource(blob: Blob): PrintSource {
  return {
    pageCount: 1,
    render: (pages) => Promise.resolve(pages.includes(1) ? [{ page: 1, url: URL.createObjectURL(blob) }] : []),
    destroy: () => Promise.resolve(),
  };
}
