// Paints each printed A4 sheet in the print container to a JPEG at print resolution, with its text, for the local print server's PDF.
import { domToCanvas } from 'modern-screenshot';
import type { RasterSheet } from '../../print/sheet-pdf.ts';
import { releaseCanvas } from '../../viewer/release-canvas.ts';

export type { RasterSheet };

const CSS_PX_PER_INCH = 96;
const A4_INCHES = { width: 210 / 25.4, height: 297 / 25.4 };
// Looked at, 150 dpi, the demo's page 1 (text page / footer-only page bytes): 0.75 (195 / 73 KB) keeps the 8 pt
// footer readable with faint ringing round the strokes; 0.92 (286 / 100 KB) shows nothing more on paper; 0.85
// (236 / 85 KB) keeps a margin for a scan's small print. A noisy grey 150 dpi scan: 270 KB.
const JPEG_QUALITY = 0.85;

export interface RasteriseOptions {
  /** Print resolution; A4 at 150 dpi is 1240 × 1754 px. */
  dpi?: number;
  /** After each sheet, with how many are done. */
  onSheet?: (done: number) => void;
}

/**
 * Every `[data-testid=print-sheet]` inside `root`, in order, painted as print would paint it: the sheet cloned with its
 * computed styles into an SVG foreignObject (modern-screenshot), object-URL images and the QR's SVG inlined, drawn on
 * a white canvas and encoded. One sheet's pixels are held at a time: 300-sheet jobs exist.
 */
export async function rasteriseSheets(root: HTMLElement, opts: RasteriseOptions = {}): Promise<RasterSheet[]> {
  const dpi = opts.dpi ?? 150;
  const scale = dpi / CSS_PX_PER_INCH;
  const size = { width: Math.round(A4_INCHES.width * dpi), height: Math.round(A4_INCHES.height * dpi) };
  // Laid out but never seen while painted (print-page.css); the screen keeps showing the app.
  root.dataset.rasterising = '';
  try {
    const out: RasterSheet[] = [];
    for (const sheet of root.querySelectorAll<HTMLElement>('[data-testid="print-sheet"]')) {
      const painted = await domToCanvas(sheet, { scale, backgroundColor: '#fff', font: false, timeout: 30_000 });
      const canvas = fitCanvas(painted, size);
      try {
        const jpeg = await canvasJpeg(canvas);
        out.push({ jpeg, widthPx: canvas.width, heightPx: canvas.height, text: sheet.innerText });
      } finally {
        releaseCanvas(canvas);
        if (canvas !== painted) releaseCanvas(painted);
      }
      opts.onSheet?.(out.length);
    }
    return out;
  } finally {
    delete root.dataset.rasterising;
  }
}

/**
 * The sheet's 210 mm is 793.7 CSS px, so the painted canvas can come out a pixel off the exact A4 size; redrawn onto
 * one of exactly that size (on white), the PDF's page and the printer's dots stay aligned.
 */
function fitCanvas(canvas: HTMLCanvasElement, size: { width: number; height: number }): HTMLCanvasElement {
  if (canvas.width === size.width && canvas.height === size.height) return canvas;
  const fitted = document.createElement('canvas');
  fitted.width = size.width;
  fitted.height = size.height;
  const ctx = fitted.getContext('2d')!;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, size.width, size.height);
  ctx.drawImage(canvas, 0, 0);
  return fitted;
}

function canvasJpeg(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the sheet could not be encoded'))),
      'image/jpeg',
      JPEG_QUALITY,
    ),
  );
}
