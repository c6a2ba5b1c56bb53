// A strip of small pages to tap: only thumbnails scrolled near the strip's view are painted, the rest hold no canvas.
import { useEffect, useRef } from 'preact/hooks';
import type { Painting, PdfHandle } from '../../viewer/pdf.ts';
import { releaseCanvas } from '../../viewer/release-canvas.ts';
import { useStrings } from '../i18n/index.ts';
import styles from './style.module.css';

interface Props {
  pdf: PdfHandle;
  current: number;
  /** Thumbnails wait until the page in view is painted: pdf.js's worker does one thing at a time. */
  enabled: boolean;
  onPick: (page: number) => void;
}

// Painted on the bridge's thumbnail budget, small on any screen: the strip's memory stays flat however long the file.
const THUMB_WIDTH = 72;

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
    const jobs = new Map<Element, Painting>();
    const clear = (button: Element) => {
      jobs.get(button)?.cancel();
      jobs.delete(button);
      const canvas = button.querySelector('canvas');
      if (canvas) releaseCanvas(canvas);
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
          const job = pdf.paint(Number(button.dataset.thumb), { width: THUMB_WIDTH, purpose: 'thumbnail' });
          jobs.set(button, job);
          job.done.then(
            (painted) => {
              if (!painted) return;
              if (jobs.get(button) !== job) return releaseCanvas(painted.canvas);
              painted.canvas.className = styles.canvas!;
              button.prepend(painted.canvas);
            },
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
