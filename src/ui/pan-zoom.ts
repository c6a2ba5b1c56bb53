// Pure geometry of a zoomable page in a fixed frame: fitting, zooming about a finger, keeping the page in view, swipes.

export interface Size {
  width: number;
  height: number;
}

/** `scale` is CSS px per unit of the content's natural size; `x`, `y` place its top-left corner in the frame. */
export interface View {
  scale: number;
  x: number;
  y: number;
}

export type Fit = 'width' | 'page';

export const fitScale = (frame: Size, content: Size, fit: Fit): number =>
  fit === 'width' ? frame.width / content.width : Math.min(frame.width / content.width, frame.height / content.height);

/** Zoom is bounded by what the frame fits: down to a whole page, up to 4x the width fit (reading fine print, not more). */
export function scaleLimits(frame: Size, content: Size): { min: number; max: number } {
  const page = fitScale(frame, content, 'page');
  const width = fitScale(frame, content, 'width');
  return { min: Math.min(page, width), max: Math.max(width, page) * 4 };
}

/** Keeps the content covering the frame where it is larger than it, centred across where it is smaller, top-aligned down. */
export function clampView(view: View, frame: Size, content: Size): View {
  const { min, max } = scaleLimits(frame, content);
  const scale = Math.min(Math.max(view.scale, min), max);
  const w = content.width * scale;
  const h = content.height * scale;
  const x = w <= frame.width ? (frame.width - w) / 2 : Math.min(0, Math.max(frame.width - w, view.x));
  const y = h <= frame.height ? Math.max(0, (frame.height - h) / 2) : Math.min(0, Math.max(frame.height - h, view.y));
  return { scale, x, y };
}

/** The view for a fit mode, at the top of the page. */
export function fittedView(frame: Size, content: Size, fit: Fit): View {
  return clampView({ scale: fitScale(frame, content, fit), x: 0, y: 0 }, frame, content);
}

/** Zooms to `scale` keeping the content point under (`px`, `py`) (frame coordinates) where it is. */
export function zoomAt(view: View, scale: number, px: number, py: number, frame: Size, content: Size): View {
  const { min, max } = scaleLimits(frame, content);
  const next = Math.min(Math.max(scale, min), max);
  const k = next / view.scale;
  return clampView({ scale: next, x: px - (px - view.x) * k, y: py - (py - view.y) * k }, frame, content);
}

/** Moves the view by a drag, and says how much of the horizontal drag the page's edge refused (the swipe part). */
export function panBy(
  view: View,
  dx: number,
  dy: number,
  frame: Size,
  content: Size,
): { view: View; overflowX: number } {
  const moved = clampView({ ...view, x: view.x + dx, y: view.y + dy }, frame, content);
  return { view: moved, overflowX: dx - (moved.x - view.x) };
}

/** A box in screen coordinates (a DOMRect's edges). */
export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * How far to pan so `box` (the sentence read aloud) shows in `frame`: nothing while it does; else down to a quarter
 * of the way down the frame, so the lines that follow are in view too, and across by the least that shows its start.
 */
export function revealOffset(box: Box, frame: Box): { dx: number; dy: number } {
  const inside = (lo: number, hi: number, min: number, max: number) => lo >= min && hi <= max;
  const dy = inside(box.top, box.bottom, frame.top, frame.bottom)
    ? 0
    : frame.top + (frame.bottom - frame.top) / 4 - box.top;
  let dx = 0;
  if (!inside(box.left, box.right, frame.left, frame.right)) {
    const tooWide = box.right - box.left > frame.right - frame.left;
    dx = tooWide || box.left < frame.left ? frame.left - box.left : frame.right - box.right;
  }
  return { dx, dy };
}

// A deliberate sideways stroke: a fifth of the frame, or a quick flick; a mostly vertical drag is reading, not turning.
const SWIPE_FRACTION = 0.2;
const FLICK_PX_PER_MS = 0.5;
const FLICK_MIN_PX = 40;

/** +1 for the next page (finger moved left), -1 for the previous, 0 for no turn. */
export function swipeDirection(overflowX: number, dy: number, ms: number, frameWidth: number): -1 | 0 | 1 {
  const distance = Math.abs(overflowX);
  if (distance < FLICK_MIN_PX || distance < Math.abs(dy) * 1.5) return 0;
  const flick = distance / Math.max(ms, 1) >= FLICK_PX_PER_MS;
  if (distance < frameWidth * SWIPE_FRACTION && !flick) return 0;
  return overflowX < 0 ? 1 : -1;
}
