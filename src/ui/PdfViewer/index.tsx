// A PDF one page at a time, fit to width, with large previous/next buttons; pdf.js is loaded only when this opens.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { PdfFailure, PdfHandle } from '../../viewer/pdf.ts';
import { DocError } from '../DocError/index.tsx';
import { useStrings } from '../i18n/index.ts';
import { TouchButton } from '../TouchButton/index.tsx';
import styles from './style.module.css';

interface Props {
  blob: Blob;
  page: number;
  onPageChange: (page: number) => void;
}

type State = { kind: 'loading' } | { kind: 'ready'; pdf: PdfHandle } | { kind: 'failed'; reason: PdfFailure };

export function PdfViewer({ blob, page, onPageChange }: Props) {
  const t = useStrings();
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    let cancelled = false;
    let opened: PdfHandle | undefined;
    void (async () => {
      const { openPdf, PdfOpenError } = await import('../../viewer/pdf.ts');
      try {
        opened = await openPdf(new Uint8Array(await blob.arrayBuffer()));
        if (cancelled) return void opened.destroy();
        setState({ kind: 'ready', pdf: opened });
      } catch (e) {
        if (!cancelled) setState({ kind: 'failed', reason: e instanceof PdfOpenError ? e.reason : 'damaged' });
      }
    })();
    return () => {
      cancelled = true;
      void opened?.destroy();
    };
  }, [blob]);

  if (state.kind === 'failed') return <DocError message={t.doc.errors[state.reason]} />;
  if (state.kind === 'loading') return <p class={styles.status} role="status">{t.doc.opening}</p>;

  const total = state.pdf.pageCount;
  const current = Math.min(Math.max(page, 1), total);
  return (
    <div class={styles.viewer}>
      <PdfPage pdf={state.pdf} page={current} onFailed={(reason) => setState({ kind: 'failed', reason })} />
      <nav class={styles.pager} aria-label={t.doc.pageOf(current, total)}>
        <TouchButton variant="primary" disabled={current <= 1} onClick={() => onPageChange(current - 1)}>
          ‹ {t.doc.prevPage}
        </TouchButton>
        <span class={styles.pageOf} aria-live="polite">{t.doc.pageOf(current, total)}</span>
        <TouchButton variant="primary" disabled={current >= total} onClick={() => onPageChange(current + 1)}>
          {t.doc.nextPage} ›
        </TouchButton>
      </nav>
    </div>
  );
}

function PdfPage({ pdf, page, onFailed }: { pdf: PdfHandle; page: number; onFailed: (reason: PdfFailure) => void }) {
  const t = useStrings();
  const frame = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [width, setWidth] = useState(0);
  const [painted, setPainted] = useState<number | null>(null);

  useLayoutEffect(() => {
    const element = frame.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry?.contentRect.width ?? 0)));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (!canvas.current || width === 0) return;
    let live = true;
    setPainted(null);
    pdf.renderPage(page, canvas.current, width).then(
      (done) => live && done && setPainted(page),
      () => live && onFailed('damaged'),
    );
    return () => {
      live = false;
    };
  }, [pdf, page, width]);

  return (
    <div class={styles.frame} ref={frame}>
      <canvas
        ref={canvas}
        class={styles.page}
        data-testid="doc-page"
        data-page={page}
        data-rendered={painted === page ? 'true' : 'false'}
        role="img"
        aria-label={t.doc.pageLabel(page)}
      />
    </div>
  );
}
