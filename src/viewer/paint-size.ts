// How many canvas pixels a PDF page gets, by what it is painted for: the bridge's one resolution policy, kept pure.

/** What a page is painted for, which decides its pixels: a screen's panel, a thumbnail strip, or paper. */
export type PaintPurpose = 'screen' | 'thumbnail' | 'print';

/** Where a page is going: its width in CSS px (its height follows the page's shape) and what it is for. */
export interface PaintTarget {
  width: number;
  purpose: PaintPurpose;
}

/** A canvas's size in device pixels, and the device pixels per CSS px it was given. */
export interface CanvasSize {
  width: number;
  height: number;
  ratio: number;
}

// A CSS px is 1/96 inch on paper, so a print resolution in dots per inch is a ratio of pixels to CSS px.
const CSS_PX_PER_INCH = 96;
// 150 dpi over A4's whole 210 mm: on the sheet the page sits inside 12 mm margins, so paper gets ~170 dpi. Pixels
// cost twice (pdf.js paint, then PNG encoding): 200 dpi has 1.8x the pixels and took 6.9 s for 20 pages here, 150 dpi
// 2.3-3.0 s (bench print-job, both on a loaded machine). Encoding the last page while painting the next gained nothing.
export const PRINT_DPI = 150;
// Sharp on high-DPI panels, but capped: a 4K terminal at DPR 3 would need 3x the canvas memory for no visible gain.
const SCREEN_MAX_RATIO = 2;
// 12 M pixels ≈ 48 MB a canvas: a page zoomed past this is painted coarser and stretched, not left to exhaust memory.
export const MAX_CANVAS_PIXELS = 12_000_000;
// Chromium draws nothing on a canvas with a side past 32,767 px; a very long page stays well inside that.
export const MAX_CANVAS_SIDE = 16_384;
// Small on purpose: 72 CSS px at DPR ≤ 2 is ~60 KB a canvas, so the strip's memory stays flat however long the file.
export const THUMBNAIL_MAX_PIXELS = 144 * 210;

/** The canvas for a page of `cssWidth` × `cssHeight` CSS px painted for `purpose` on a screen of `devicePixelRatio`. */
export function canvasSize(
  purpose: PaintPurpose,
  cssWidth: number,
  cssHeight: number,
  devicePixelRatio: number,
): CanvasSize {
  // Paper's resolution is the printer's, whatever the screen the job was started from.
  const wanted = purpose === 'print' ? PRINT_DPI / CSS_PX_PER_INCH : Math.min(devicePixelRatio || 1, SCREEN_MAX_RATIO);
  const budget = purpose === 'thumbnail' ? THUMBNAIL_MAX_PIXELS : MAX_CANVAS_PIXELS;
  const ratio = Math.min(
    wanted,
    Math.sqrt(budget / (cssWidth * cssHeight)),
    MAX_CANVAS_SIDE / Math.max(cssWidth, cssHeight),
  );
  const size = (round: (n: number) => number): CanvasSize => ({
    width: Math.max(1, round(cssWidth * ratio)),
    height: Math.max(1, round(cssHeight * ratio)),
    ratio,
  });
  // Up, so paper gets at least its resolution (A4 at 150 dpi is 1,240.16 px wide), unless that would cross a limit.
  const up = size(Math.ceil);
  return up.width * up.height <= budget && Math.max(up.width, up.height) <= MAX_CANVAS_SIDE ? up : size(Math.floor);
}
