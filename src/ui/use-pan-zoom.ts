// Touch gestures for one zoomable page: drag to pan, pinch and double-tap to zoom, a sideways stroke at the edge to turn.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import {
  clampView,
  fitScale,
  fittedView,
  panBy,
  revealOffset,
  swipeDirection,
  zoomAt,
  type Box,
  type Fit,
  type Size,
  type View,
} from './pan-zoom.ts';
import { useLatest } from './use-latest.ts';

interface Options {
  /** The content's natural size (PDF points, image pixels); null until known. */
  content: Size | null;
  initialFit: Fit;
  /** A change (the page number) fits again, or keeps the reader's zoom and goes to the top. */
  resetOn?: unknown;
  /** Called for a sideways stroke that the page edge refused: +1 next, -1 previous. Absent: no turning. */
  onSwipe?: (direction: 1 | -1) => void;
}

interface Point {
  x: number;
  y: number;
}

type Gesture =
  | { kind: 'pan'; start: Point; at: number; view: View; overflowX: number; dy: number; moved: boolean }
  | { kind: 'pinch'; distance: number; mid: Point; view: View };

const DOUBLE_TAP_MS = 350;
const TAP_SLOP_PX = 12;
const DOUBLE_TAP_ZOOM = 2.5;

export function usePanZoom({ content, initialFit, resetOn, onSwipe }: Options) {
  const frameRef = useRef<HTMLDivElement>(null);
  const [frame, setFrame] = useState<Size | null>(null);
  // A fit mode follows the frame and the page; after a pinch or +/− the reader's own zoom is kept instead.
  const [fit, setFit] = useState<Fit | null>(initialFit);
  const [view, setView] = useState<View | null>(null);
  const [swipeOffset, setSwipeOffset] = useState(0);
  const [gesturing, setGesturing] = useState(false);
  // Read when called: by the gesture listeners, set up once, and by `reveal`.
  const latest = useLatest({ view, frame, content, fit, onSwipe });

  useLayoutEffect(() => {
    const element = frameRef.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      const box = entry?.contentRect;
      if (box && box.width > 0) setFrame({ width: Math.floor(box.width), height: Math.floor(box.height) });
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // A new page, a new frame size or a fit button: fit again, or keep the reader's zoom but start at the page's top.
  // Keyed on the sizes, not their objects: the frame's observer hands a new object for an unchanged size, and a zoomed
  // reader would be sent back to the page's top.
  const [frameWidth, frameHeight] = [frame?.width, frame?.height];
  const [contentWidth, contentHeight] = [content?.width, content?.height];
  useLayoutEffect(() => {
    if (frameWidth === undefined || frameHeight === undefined) return;
    if (contentWidth === undefined || contentHeight === undefined) return;
    const f = { width: frameWidth, height: frameHeight };
    const c = { width: contentWidth, height: contentHeight };
    setView((old) =>
      fit || !old ? fittedView(f, c, fit ?? initialFit) : clampView({ scale: old.scale, x: old.x, y: 0 }, f, c),
    );
  }, [frameWidth, frameHeight, contentWidth, contentHeight, fit, resetOn, initialFit]);

  useEffect(() => {
    const element = frameRef.current;
    if (!element) return;
    const pointers = new Map<number, Point>();
    let gesture: Gesture | undefined;
    let lastTap: { at: number; point: Point } | undefined;

    const local = (e: PointerEvent): Point => {
      const box = element.getBoundingClientRect();
      return { x: e.clientX - box.left, y: e.clientY - box.top };
    };
    const pair = () => [...pointers.values()] as [Point, Point];
    const startGesture = () => {
      const v = latest.current.view;
      if (!v) return;
      if (pointers.size >= 2) {
        const [a, b] = pair();
        gesture = {
          kind: 'pinch',
          distance: Math.hypot(a.x - b.x, a.y - b.y) || 1,
          mid: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 },
          view: v,
        };
      } else if (pointers.size === 1) {
        gesture = {
          kind: 'pan',
          start: [...pointers.values()][0]!,
          at: performance.now(),
          view: v,
          overflowX: 0,
          dy: 0,
          moved: false,
        };
      }
    };

    const down = (e: PointerEvent) => {
      if (e.pointerType === 'mouse' && e.button !== 0) return;
      element.setPointerCapture(e.pointerId);
      pointers.set(e.pointerId, local(e));
      setGesturing(true);
      startGesture();
    };
    const move = (e: PointerEvent) => {
      if (!pointers.has(e.pointerId) || !gesture) return;
      pointers.set(e.pointerId, local(e));
      const { frame: f, content: c } = latest.current;
      if (!f || !c) return;
      if (gesture.kind === 'pinch' && pointers.size >= 2) {
        const [a, b] = pair();
        const distance = Math.hypot(a.x - b.x, a.y - b.y);
        const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
        const zoomed = zoomAt(
          gesture.view,
          gesture.view.scale * (distance / gesture.distance),
          gesture.mid.x,
          gesture.mid.y,
          f,
          c,
        );
        setFit(null);
        setView(panBy(zoomed, mid.x - gesture.mid.x, mid.y - gesture.mid.y, f, c).view);
      } else if (gesture.kind === 'pan') {
        const p = local(e);
        const dx = p.x - gesture.start.x;
        const dy = p.y - gesture.start.y;
        if (Math.hypot(dx, dy) > TAP_SLOP_PX) gesture.moved = true;
        const panned = panBy(gesture.view, dx, dy, f, c);
        gesture.overflowX = panned.overflowX;
        gesture.dy = dy;
        setView(panned.view);
        if (latest.current.onSwipe) setSwipeOffset(panned.overflowX);
      }
    };
    const up = (e: PointerEvent) => {
      if (!pointers.delete(e.pointerId)) return;
      const ended = gesture;
      if (ended?.kind === 'pan') finishPan(ended, local(e));
      // Lifting one finger of a pinch continues as a pan with the other, from where the page now is.
      gesture = undefined;
      if (pointers.size > 0) startGesture();
      else setGesturing(false);
    };
    const finishPan = (pan: Extract<Gesture, { kind: 'pan' }>, point: Point) => {
      const { frame: f, onSwipe: turn } = latest.current;
      setSwipeOffset(0);
      const now = performance.now();
      if (pan.moved) {
        const direction = f && turn ? swipeDirection(pan.overflowX, pan.dy, now - pan.at, f.width) : 0;
        if (direction !== 0) turn?.(direction);
        lastTap = undefined;
        return;
      }
      if (
        lastTap &&
        now - lastTap.at < DOUBLE_TAP_MS &&
        Math.hypot(point.x - lastTap.point.x, point.y - lastTap.point.y) < 40
      ) {
        lastTap = undefined;
        doubleTap(point);
      } else {
        lastTap = { at: now, point };
      }
    };
    const doubleTap = (point: Point) => {
      const { view: v, frame: f, content: c } = latest.current;
      if (!v || !f || !c) return;
      const width = fitScale(f, c, 'width');
      if (v.scale > width * 1.1) return setFit('width');
      setFit(null);
      setView(zoomAt(v, width * DOUBLE_TAP_ZOOM, point.x, point.y, f, c));
    };
    // A mouse wheel (staff testing at a desk) scrolls the page; with Ctrl it zooms, as in every browser.
    const wheel = (e: WheelEvent) => {
      const { view: v, frame: f, content: c } = latest.current;
      if (!v || !f || !c) return;
      e.preventDefault();
      if (e.ctrlKey) {
        const box = element.getBoundingClientRect();
        setFit(null);
        setView(zoomAt(v, v.scale * Math.exp(-e.deltaY / 300), e.clientX - box.left, e.clientY - box.top, f, c));
      } else {
        setView(panBy(v, -e.deltaX, -e.deltaY, f, c).view);
      }
    };

    element.addEventListener('pointerdown', down);
    element.addEventListener('pointermove', move);
    element.addEventListener('pointerup', up);
    element.addEventListener('pointercancel', up);
    element.addEventListener('wheel', wheel, { passive: false });
    return () => {
      element.removeEventListener('pointerdown', down);
      element.removeEventListener('pointermove', move);
      element.removeEventListener('pointerup', up);
      element.removeEventListener('pointercancel', up);
      element.removeEventListener('wheel', wheel);
    };
  }, [latest]);

  /** Zooms by `factor` about the frame's centre (the + and − buttons). */
  const zoomBy = (factor: number) => {
    if (!view || !frame || !content) return;
    setFit(null);
    setView(zoomAt(view, view.scale * factor, frame.width / 2, frame.height / 2, frame, content));
  };

  /** Pans so `box` (screen coordinates, such as the sentence read aloud) shows in the frame; the zoom stays. Made once. */
  const reveal = useCallback(
    (box: Box) => {
      const { view: v, frame: f, content: c } = latest.current;
      const element = frameRef.current;
      if (!v || !f || !c || !element) return;
      const { dx, dy } = revealOffset(box, element.getBoundingClientRect());
      if (dx !== 0 || dy !== 0) setView(panBy(v, dx, dy, f, c).view);
    },
    [latest],
  );

  return { frameRef, frame, view, fit, setFit, zoomBy, reveal, swipeOffset, gesturing };
}
