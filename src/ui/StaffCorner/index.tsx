// The hidden way in for staff: a 3-second press in the top-left corner opens the staff PIN pad (#/admin).
import { useEffect } from 'preact/hooks';
import { hrefs } from '../routes.ts';

const HOLD_MS = 3000;
/** The corner's side in CSS px: bigger than a fingertip, clear of where residents tap on purpose for 3 s. */
export const CORNER_PX = 120;
// A finger that slides off the corner is a scroll or a swipe, not the gesture.
const SLOP_PX = 24;

/** Whether a touch lands in the corner: it may be staff on their way in, not a resident (the usage figures ask). */
export const inStaffCorner = (e: { clientX: number; clientY: number }) =>
  e.clientX <= CORNER_PX && e.clientY <= CORNER_PX;

/** Renders nothing: listens on the window, in the capture phase, so no screen's handler can hide the corner. */
export function StaffCorner() {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let start: { id: number; x: number; y: number } | null = null;
    const cancel = () => {
      clearTimeout(timer);
      start = null;
    };
    const down = (e: PointerEvent) => {
      if (!inStaffCorner(e) || !e.isPrimary) return cancel();
      start = { id: e.pointerId, x: e.clientX, y: e.clientY };
      clearTimeout(timer);
      timer = setTimeout(() => {
        start = null;
        // The lifting finger would "click" whatever is under it now (the back button sits in this corner): swallow it.
        const swallow = (click: Event) => {
          click.preventDefault();
          click.stopPropagation();
        };
        window.addEventListener('click', swallow, { capture: true, once: true });
        setTimeout(() => window.removeEventListener('click', swallow, { capture: true }), 1000);
        location.hash = hrefs.admin();
      }, HOLD_MS);
    };
    const move = (e: PointerEvent) => {
      if (start && e.pointerId === start.id && Math.hypot(e.clientX - start.x, e.clientY - start.y) > SLOP_PX) cancel();
    };
    const up = (e: PointerEvent) => start && e.pointerId === start.id && cancel();
    const options = { capture: true, passive: true };
    window.addEventListener('pointerdown', down, options);
    window.addEventListener('pointermove', move, options);
    window.addEventListener('pointerup', up, options);
    window.addEventListener('pointercancel', up, options);
    return () => {
      cancel();
      window.removeEventListener('pointerdown', down, options);
      window.removeEventListener('pointermove', move, options);
      window.removeEventListener('pointerup', up, options);
      window.removeEventListener('pointercancel', up, options);
    };
  }, []);
  return null;
}
