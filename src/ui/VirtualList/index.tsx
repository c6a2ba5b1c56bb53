// A scrolling list that renders only the rows in view (plus a margin), so thousands of documents scroll smoothly.
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { onSessionEnd } from '../../kiosk/session.ts';
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

const scrollPositions = new Map<string, number>();
// A new resident's lists start at the top.
onSessionEnd(() => scrollPositions.clear());

/** Rows rendered beyond each edge of the view, so a quick fling does not show blank space. */
const OVERSCAN = 6;

export function VirtualList({ count, renderRow, rowKey, estimatedRowHeight, label, scrollKey }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const [rowHeight, setRowHeight] = useState(estimatedRowHeight);
  const [view, setView] = useState({ top: 0, height: typeof innerHeight === 'number' ? innerHeight : 1080 });

  useEffect(() => {
    const el = scroller.current!;
    let frame = 0;
    const update = () => {
      frame = 0;
      if (scrollKey !== undefined) scrollPositions.set(scrollKey, el.scrollTop);
      setView({ top: el.scrollTop, height: el.clientHeight });
    };
    const remembered = scrollKey === undefined ? undefined : scrollPositions.get(scrollKey);
    // The list's full height is set by the first render, so the browser can scroll there at once.
    if (remembered) el.scrollTop = remembered;
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    el.addEventListener('scroll', schedule, { passive: true });
    const resize = new ResizeObserver(schedule);
    resize.observe(el);
    update();
    return () => {
      el.removeEventListener('scroll', schedule);
      resize.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [scrollKey]);

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
      <ul class={styles.list} aria-label={label} style={{ height: `${count * rowHeight}px`, paddingTop: `${start * rowHeight}px` }}>
        {rows}
      </ul>
    </div>
  );
}
