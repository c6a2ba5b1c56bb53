// A scrolling list that renders only the rows in view (plus a margin), so thousands of documents scroll smoothly.
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useServices } from '../services.ts';
import { useLatest } from '../use-latest.ts';
import styles from './style.module.css';

interface Props {
  count: number;
  renderRow: (index: number) => ComponentChildren;
  rowKey: (index: number) => string | number;
  /** A first guess in px; the real height is measured from the first row. Rows must all be one height. */
  estimatedRowHeight: number;
  label?: string;
  /**
   * Where this list was scrolled is remembered under this key for the session, so coming back from a document lands
   * on the row the resident left (the key names the list: its query or filters).
   */
  scrollKey?: string;
}

/** Rows rendered beyond each edge of the view, so a quick fling does not show blank space. */
const OVERSCAN = 6;

export function VirtualList({ count, renderRow, rowKey, estimatedRowHeight, label, scrollKey }: Props) {
  // Kept by the session (a new resident's lists start at the top), with the row height measured then.
  const scrollPositions = useServices().session.scrollPlaces;
  const scroller = useRef<HTMLDivElement>(null);
  // A remembered list starts at its measured row height: with the estimate the list could be too short to scroll back to
  // where it was (the browser clamps scrollTop), and the resident would land rows above their place.
  const [rowHeight, setRowHeight] = useState(
    () => (scrollKey !== undefined && scrollPositions.get(scrollKey)?.rowHeight) || estimatedRowHeight,
  );
  const measured = useLatest(rowHeight);
  const [view, setView] = useState({ top: 0, height: typeof innerHeight === 'number' ? innerHeight : 1080 });

  useEffect(() => {
    const el = scroller.current!;
    let frame = 0;
    // Where to scroll back to, until the browser lets us: the scroller may not have its final size in the first frames
    // (a loaded terminal lays the screen out late), and a position clamped meanwhile must not overwrite the remembered
    // one. A count of frames was not enough under load: the place is kept until the list can reach it, or until the
    // resident scrolls or touches it first.
    let restoring = (scrollKey !== undefined && scrollPositions.get(scrollKey)?.top) || 0;
    const update = () => {
      frame = 0;
      // A frame can still come after a tap on a row took this list off the page (seen: the document screen replaced it
      // first). A detached scroller reads 0 and would overwrite the place the resident is coming back to.
      if (!el.isConnected) return;
      if (scrollKey !== undefined && !restoring)
        scrollPositions.set(scrollKey, { top: el.scrollTop, rowHeight: measured.current });
      setView({ top: el.scrollTop, height: el.clientHeight });
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    const restore = () => {
      if (!restoring) return;
      el.scrollTop = restoring;
      if (Math.abs(el.scrollTop - restoring) < 2) restoring = 0;
      schedule();
    };
    const stopRestoring = () => {
      restoring = 0;
    };
    el.addEventListener('scroll', schedule, { passive: true });
    for (const type of ['pointerdown', 'wheel', 'keydown'] as const)
      el.addEventListener(type, stopRestoring, { passive: true });
    // Either the scroller or the list inside it growing can make the remembered place reachable.
    const resize = new ResizeObserver(() => {
      restore();
      schedule();
    });
    resize.observe(el);
    if (el.firstElementChild) resize.observe(el.firstElementChild);
    if (restoring) restore();
    else update();
    return () => {
      el.removeEventListener('scroll', schedule);
      for (const type of ['pointerdown', 'wheel', 'keydown'] as const) el.removeEventListener(type, stopRestoring);
      resize.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [scrollKey, scrollPositions, measured]);

  // After every render, on purpose: a row's height follows its content and the display modes (text size, elder mode),
  // which reach the rows without being props of this list; a dependency list would miss a switch made on this screen.
  // It sets the height only when the first row measures otherwise, so it settles after one more render.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- measures after every render on purpose, guarded (above)
  useLayoutEffect(() => {
    const first = scroller.current?.querySelector('li');
    if (first && first.offsetHeight > 0 && first.offsetHeight !== rowHeight) setRowHeight(first.offsetHeight);
  });

  const start = Math.max(0, Math.floor(view.top / rowHeight) - OVERSCAN);
  const end = Math.min(count, Math.ceil((view.top + view.height) / rowHeight) + OVERSCAN);
  const rows: ComponentChildren[] = [];
  for (let i = start; i < end; i++) {
    rows.push(
      <li key={rowKey(i)} class={styles.row}>
        {renderRow(i)}
      </li>,
    );
  }
  return (
    <div ref={scroller} class={styles.scroller}>
      <ul
        class={styles.list}
        aria-label={label}
        style={{ height: `${count * rowHeight}px`, paddingTop: `${start * rowHeight}px` }}
      >
        {rows}
      </ul>
    </div>
  );
}
