// The page never drifts out of the frame, zoom keeps the touched point under the finger, and only real swipes turn pages.
import { describe, expect, it } from 'vitest';
import { clampView, fittedView, panBy, revealOffset, swipeDirection, zoomAt } from './pan-zoom.ts';

const frame = { width: 1000, height: 800 };
const a4 = { width: 595, height: 842 };

describe('fitting', () => {
  it('fit width fills the width and starts at the top of the page', () => {
    const v = fittedView(frame, a4, 'width');
    expect(v.scale * a4.width).toBeCloseTo(1000);
    expect(v).toMatchObject({ x: 0, y: 0 });
  });
  it('fit page shows the whole page, centred across', () => {
    const v = fittedView(frame, a4, 'page');
    expect(v.scale * a4.height).toBeCloseTo(800);
    expect(v.x).toBeCloseTo((1000 - a4.width * v.scale) / 2);
  });
});

describe('zooming and panning', () => {
  it('keeps the point under the fingers in place', () => {
    const start = fittedView(frame, a4, 'width');
    const zoomed = zoomAt(start, start.scale * 2, 500, 400, frame, a4);
    // The content point under (500, 400) before is still under it after.
    const before = { x: (500 - start.x) / start.scale, y: (400 - start.y) / start.scale };
    expect((500 - zoomed.x) / zoomed.scale).toBeCloseTo(before.x);
    expect((400 - zoomed.y) / zoomed.scale).toBeCloseTo(before.y);
  });
  it('never zooms beyond the limits', () => {
    const start = fittedView(frame, a4, 'width');
    expect(zoomAt(start, 1000, 0, 0, frame, a4).scale).toBeCloseTo(start.scale * 4);
    expect(zoomAt(start, 0.0001, 0, 0, frame, a4).scale).toBeCloseTo(800 / 842);
  });
  it('cannot drag the page out of the frame', () => {
    const v = clampView({ scale: 3, x: 500, y: 500 }, frame, a4);
    expect(v).toMatchObject({ x: 0, y: 0 });
    const far = clampView({ scale: 3, x: -1e6, y: -1e6 }, frame, a4);
    expect(far.x).toBeCloseTo(1000 - 595 * 3);
    expect(far.y).toBeCloseTo(800 - 842 * 3);
  });
  it('a sideways drag at fit width is all overflow (a swipe); zoomed in it pans first', () => {
    const fit = fittedView(frame, a4, 'width');
    expect(panBy(fit, -300, 0, frame, a4).overflowX).toBeCloseTo(-300);
    const zoomed = { scale: fit.scale * 2, x: -100, y: 0 };
    const { view, overflowX } = panBy(zoomed, -300, 0, frame, a4);
    expect(view.x).toBeCloseTo(-400);
    expect(overflowX).toBeCloseTo(0);
  });
});

describe('swipes', () => {
  it('a long slow stroke to the left turns to the next page', () =>
    expect(swipeDirection(-300, 20, 1000, 1000)).toBe(1));
  it('a quick flick to the right turns back', () => expect(swipeDirection(120, 0, 100, 1000)).toBe(-1));
  it('a short slow nudge does not turn', () => expect(swipeDirection(-120, 0, 1000, 1000)).toBe(0));
  it('a mostly vertical drag is reading, not turning', () => expect(swipeDirection(-300, 400, 200, 1000)).toBe(0));
});

describe('bringing the sentence read aloud into view', () => {
  const shown = { top: 100, bottom: 900, left: 0, right: 1000 };
  it('leaves the page alone while the sentence is in the frame', () => {
    expect(revealOffset({ top: 500, bottom: 560, left: 50, right: 950 }, shown)).toEqual({ dx: 0, dy: 0 });
  });
  it('moves a sentence below the frame up to a quarter of the way down, and one above it down', () => {
    expect(revealOffset({ top: 1200, bottom: 1260, left: 50, right: 950 }, shown)).toEqual({ dx: 0, dy: 300 - 1200 });
    expect(revealOffset({ top: -400, bottom: -340, left: 50, right: 950 }, shown)).toEqual({ dx: 0, dy: 300 + 400 });
  });
  it('moves across by the least that shows the sentence, or to its start when it is wider than the frame', () => {
    expect(revealOffset({ top: 500, bottom: 560, left: 1100, right: 1300 }, shown).dx).toBe(1000 - 1300);
    expect(revealOffset({ top: 500, bottom: 560, left: -300, right: 200 }, shown).dx).toBe(300);
    expect(revealOffset({ top: 500, bottom: 560, left: -300, right: 1500 }, shown).dx).toBe(300);
  });
});
