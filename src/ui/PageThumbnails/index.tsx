// A strip of small pages to tap: only thumbnails scrolled near the strip's view are painted, the rest hold no canvas.
import { useEffect, useRef } from 'preact/hooks';
import type { PaintJob, PdfHandle } from '../../viewer/pdf.ts';
import { useStrings } from '../i18n/index.ts';
import styles from './style.module.css';

interface Props {
  pdf: PdfHandle;
  current: number;
  /** Thumbnails wait until the page in view is painted: pdf.js's worker does one thing at a time. */
  enabled: boolean;
  onPick: (page: number) => void;
}

const THUMB_WIDTH = 72;
// Small on purpose: 72 CSS px at DPR ≤ 2 is ~60 KB a canvas, so the strip's memory stays flat however long the file.
const THUMB_MAX_PIXELS = 144 * 210;

export function PageThumbnails({ pdf, current, enabled, onPick }: Props) {
  const t = useStrings();
  const strip = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const root = strip.current;
    const thumb = root?.querySelector<HTMLElement>(`[data-thumb="${current}"]`);
    // Scroll the strip only: scrollIntoView would also scroll the whole screen on a portrait terminal.
    if (root && thumb) root.scrollLeft = thumb.offsetLeft - (root.clientWidth - thumb.offsetWidth) / 2;
  }, [current]);

  useEffect(() => {
    const root = strip.current;
    if (!enabled || !root) return;
    const jobs = new Map<Element, PaintJob>();
    const clear = (button: Element) => {
      jobs.get(button)?.cancel();
      jobs.delete(button);
      const canvas = button.querySelector('canvas');
      if (canvas) {
        canvas.width = 0;
        canvas.height = 0;
        canvas.remove();
      }
    };
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const button = entry.target as HTMLElement;
          if (!entry.isIntersecting) {
            clear(button);
            continue;
          }
          if (jobs.has(button)) continue;
          const canvas = document.createElement('canvas');
          canvas.className = styles.canvas!;
          const job = pdf.paintPage(Number(button.dataset.thumb), canvas, THUMB_WIDTH, THUMB_MAX_PIXELS);
          jobs.set(button, job);
          job.done.then(
            (done) => done && jobs.get(button) === job && button.prepend(canvas),
            () => undefined, // a page that will not paint keeps its number; the main view says why
          );
        }
      },
      { root, rootMargin: '0px 300px' },
    );
    root.querySelectorAll('[data-thumb]').forEach((b) => observer.observe(b));
    return () => {
      observer.disconnect();
      root.querySelectorAll('[data-thumb]').forEach(clear);
    };
  }, [pdf, enabled]);

  const pages = Array.from({ length: pdf.pageCount }, (_, i) => i + 1);
  return (
    <div class={styles.strip} ref={strip} role="group" aria-label={t.doc.thumbnails} data-testid="page-thumbnails">
      {pages.map((p) => (
        <button
          key={p}
          type="button"
          class={`${styles.thumb} ${p === current ? styles.current : ''}`}
          data-thumb={p}
          aria-current={p === current ? 'page' : undefined}
          aria-label={t.doc.pageLabel(p)}
          onClick={() => onPick(p)}
        >
          <span class={styles.number}>{p}</span>
        </button>
      ))}
    </div>
  );
}
