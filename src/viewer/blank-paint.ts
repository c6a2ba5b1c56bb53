// Tells a painted PDF page that shows nothing (no drawing at all, or only white) from one with content.

/** Cells the page is shrunk to: a line of small text still darkens the cell it falls in (measured on the test PDFs). */
const GRID = 64;
/** A cell lighter than this on every channel counts as paper. */
const PAPER = 250;

/**
 * Whether a painted page is all paper. It is read back shrunk to GRID × GRID, so the check costs well under a
 * millisecond whatever the paint's size, and a few strokes of ink darken their cell below PAPER.
 */
export function isBlankPaint(canvas: HTMLCanvasElement): boolean {
  const small = document.createElement('canvas');
  small.width = GRID;
  small.height = GRID;
  const context = small.getContext('2d', { willReadFrequently: true });
  if (!context || canvas.width === 0 || canvas.height === 0) return false;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, GRID, GRID);
  context.drawImage(canvas, 0, 0, GRID, GRID);
  const { data } = context.getImageData(0, 0, GRID, GRID);
  small.width = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (data[i]! < PAPER || data[i + 1]! < PAPER || data[i + 2]! < PAPER) return false;
  }
  return true;
}
