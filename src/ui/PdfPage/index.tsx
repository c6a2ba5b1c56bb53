// One painted PDF page: the new paint replaces the old only when done (no white flash on zoom), and leaving frees it.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { PdfHandle, TextLaying } from '../../viewer/pdf.ts';
import { isBlankPaint } from '../../viewer/blank-paint.ts';
import { releaseCanvas } from '../../viewer/release-canvas.ts';
import { useStrings } from '../i18n/index.ts';
import { useLatest } from '../use-latest.ts';
import styles from './style.module.css';

interface Props {
  pdf: PdfHandle;
  page: number;
  /** CSS px the page is painted at; the box may be shown larger or smaller by a transform meanwhile. */
  width: number;
  height: number;
  /** The page in view also gets its text layer (kept for read-aloud); neighbours are painted only. */
  withText: boolean;
  /** false: hold the box's place but paint nothing yet. */
  paint: boolean;
  style?: Record<string, string>;
  /** Each time a paint of this page is on screen; `blank` when it shows nothing but paper. */
  onPainted: (page: number, blank: boolean) => void;
  onFailed: () => void;
}

export function PdfPage({ pdf, page, width, height, withText, paint, style, onPainted, onFailed }: Props) {
  const t = useStrings();
  const box = useRef<HTMLDivElement>(null);
  const text = useRef<HTMLDivElement>(null);
  const [painted, setPainted] = useState(false);
  const [paintedWidth, setPaintedWidth] = useState(0);
  // Once let paint, a page keeps its turn: were the reader to move on to a page not yet painted, it is not painted again.
  const allowed = useRef(false);
  if (paint) allowed.current = true;
  const mayPaint = allowed.current;
  // The reader's callbacks are made anew at each of its renders: a paint under way is not started again for them.
  const callbacks = useLatest({ onPainted, onFailed });

  // In the task that mounts the page, not after the next frame: pdf.js's paint is asynchronous anyway.
  useLayoutEffect(() => {
    if (width <= 0 || !mayPaint) return;
    const job = pdf.paint(page, { width, purpose: 'screen' });
    let live = true;
    job.done.then(
      (painted) => {
        if (!painted) return;
        const { canvas } = painted;
        if (!live || !box.current) return releaseCanvas(canvas);
        box.current.querySelectorAll('canvas').forEach(releaseCanvas);
        canvas.className = styles.canvas!;
        // The canvas follows its box: a stale paint stretches to the new size until the sharp one replaces it.
        canvas.style.width = '100%';
        canvas.style.height = '100%';
        box.current.prepend(canvas);
        setPaintedWidth(width);
        setPainted(true);
        callbacks.current.onPainted(page, isBlankPaint(canvas));
      },
      () => live && callbacks.current.onFailed(),
    );
    return () => {
      live = false;
      job.cancel();
    };
  }, [pdf, page, width, mayPaint, callbacks]);

  useEffect(() => {
    const container = text.current;
    if (!withText || !painted || !container) return;
    let job: TextLaying | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // After the frame that shows the page: laying out a page of text takes the main thread for 100-200 ms here.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        job = pdf.layText(page, container, paintedWidth);
        // A page without a text layer still reads fine; the layer is extra, so its failure is only logged.
        job.done.catch((e: unknown) => console.warn('text layer', page, e));
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      job?.cancel();
    };
  }, [pdf, page, withText, painted, paintedWidth]);

  useEffect(
    () => () => {
      box.current?.querySelectorAll('canvas').forEach(releaseCanvas);
      pdf.releasePage(page);
    },
    [pdf, page],
  );

  return (
    <div
      ref={box}
      class={styles.page}
      style={{ width: `${width}px`, height: `${height}px`, ...style }}
      data-testid="doc-page"
      data-page={page}
      data-rendered={painted ? 'true' : 'false'}
      role="img"
      aria-label={t.doc.pageLabel(page)}
    >
      {withText && <div ref={text} class={`textLayer ${styles.text}`} aria-hidden="true" />}
    </div>
  );
}
