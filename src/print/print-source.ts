// A document's pages as images for printing and for the dialog's preview: PDF pages at print resolution, or a picture as it is.
import type { PaintTarget } from '../viewer/paint-size.ts';
import type { PdfHandle } from '../viewer/pdf.ts';
import { releaseCanvas } from '../viewer/release-canvas.ts';

/** One page ready for a sheet: an object URL to release after printing. */
export interface PreparedPage {
  page: number;
  url: string;
}

// A page image spans the sheet's whole width, A4's 210 mm, in CSS px (1/96 inch); the bridge gives it print resolution.
export const SHEET: PaintTarget = { width: (210 / 25.4) * 96, purpose: 'print' };

export interface PrintSource {
  readonly pageCount: number;
  /** Paints `pages` in order for `target` (SHEET for paper); the caller releases them with releasePages. */
  render(pages: readonly number[], target?: PaintTarget, onPage?: (done: number) => void): Promise<PreparedPage[]>;
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
 * Opens its own copy of the PDF: the viewer frees its copy's pages as they leave the view and destroys it when the
 * resident leaves, neither of which may touch a print job. Renders run one after another, one page's pixels at a time.
 */
export async function openPdfPrintSource(blob: Blob): Promise<PrintSource> {
  const { openPdf } = await import('../viewer/pdf.ts');
  const pdf: PdfHandle = await openPdf(new Uint8Array(await blob.arrayBuffer()));
  let queue: Promise<unknown> = Promise.resolve();
  const render = async (pages: readonly number[], target: PaintTarget, onPage?: (done: number) => void) => {
    const out: PreparedPage[] = [];
    try {
      // Each canvas is encoded and freed before the next page is painted: a 20-page job holds one page's pixels.
      for (const page of pages) {
        const painted = await pdf.paint(page, target).done;
        if (!painted) throw new Error(`page ${page} was cancelled`);
        try {
          out.push({ page, url: URL.createObjectURL(await canvasBlob(painted.canvas)) });
        } finally {
          releaseCanvas(painted.canvas);
        }
        onPage?.(out.length);
      }
    } catch (e) {
      releasePages(out);
      throw e;
    }
    return out;
  };
  return {
    pageCount: pdf.pageCount,
    render(pages, target = SHEET, onPage) {
      const next = queue.then(() => render(pages, target, onPage));
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
