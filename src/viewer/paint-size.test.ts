// The bridge's pixel budget: paper gets its resolution on any screen, screens are capped, no canvas crosses a limit.
import { describe, expect, it } from 'vitest';
import { canvasSize, MAX_CANVAS_PIXELS, MAX_CANVAS_SIDE, PRINT_DPI, THUMBNAIL_MAX_PIXELS } from './paint-size.ts';

// A4 in CSS px (1/96 inch): 210 × 297 mm.
const A4 = { width: (210 / 25.4) * 96, height: (297 / 25.4) * 96 };

describe('canvasSize', () => {
  it('gives a printed page the print resolution over its width, on any screen', () => {
    for (const dpr of [1, 2, 3]) {
      const size = canvasSize('print', A4.width, A4.height, dpr);
      expect(size.width).toBe(Math.ceil((210 / 25.4) * PRINT_DPI));
      expect(size.height).toBe(Math.ceil((297 / 25.4) * PRINT_DPI));
    }
  });

  it('follows the screen’s pixel ratio up to 2, and no further', () => {
    expect(canvasSize('screen', 800, 1131, 1)).toMatchObject({ width: 800, height: 1131, ratio: 1 });
    expect(canvasSize('screen', 800, 1131, 1.5)).toMatchObject({ width: 1200, ratio: 1.5 });
    expect(canvasSize('screen', 800, 1131, 3)).toMatchObject({ width: 1600, height: 2262, ratio: 2 });
    expect(canvasSize('screen', 800, 1131, 0)).toMatchObject({ width: 800, ratio: 1 });
  });

  it('paints a page zoomed far in coarser, under the pixel budget', () => {
    const size = canvasSize('screen', 8640, 12218, 2);
    expect(size.width * size.height).toBeLessThanOrEqual(MAX_CANVAS_PIXELS);
    expect(size.width * size.height).toBeGreaterThan(MAX_CANVAS_PIXELS * 0.99);
    expect(size.width / size.height).toBeCloseTo(8640 / 12218, 3);
  });

  it('keeps a very long page inside the canvas side limit, printed or on screen', () => {
    for (const purpose of ['print', 'screen'] as const) {
      const size = canvasSize(purpose, A4.width, A4.width * 40, 2);
      expect(size.height).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
      expect(size.width * size.height).toBeLessThanOrEqual(MAX_CANVAS_PIXELS);
    }
  });

  it('gives a thumbnail its small budget however sharp the screen', () => {
    const size = canvasSize('thumbnail', 72, 102, 2);
    expect(size).toMatchObject({ width: 144, height: 204 });
    const wide = canvasSize('thumbnail', 72, 300, 2);
    expect(wide.width * wide.height).toBeLessThanOrEqual(THUMBNAIL_MAX_PIXELS);
  });
});
