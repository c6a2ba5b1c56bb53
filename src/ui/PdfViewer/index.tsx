// A PDF for touch: one page at a time fit to width, swipe to turn, pinch or double-tap to zoom, a page pad and thumbnails.
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { clampPage, pagesNear } from '../../viewer/page-window.ts';
import type { PageSize, PdfFailure, PdfHandle } from '../../viewer/pdf.ts';
import { BlankPageNotice } from '../BlankPageNotice/index.tsx';
import { DocError } from '../DocError/index.tsx';
import { useStrings } from '../i18n/index.ts';
import { PageJump } from '../PageJump/index.tsx';
import { PageThumbnails } from '../PageThumbnails/index.tsx';
import { fitScale } from '../pan-zoom.ts';
import { PdfPage } from '../PdfPage/index.tsx';
import { REVEAL_EVENT, type RevealEvent } from '../ReadAloud/mark-sentence.ts';
import { TouchButton } from '../TouchButton/index.tsx';
import { useLatest } from '../use-latest.ts';
import { usePanZoom } from '../use-pan-zoom.ts';
import { loadPdf } from './load-pdf.ts';
import styles from './style.module.css';

interface Props {
  blob: Blob;
  page: number;
  onPageChange: (page: number) => void;
  /** The online original, offered as a QR code when the file cannot be shown. */
  originalUrl?: string;
  /** The first page in view is painted, or the file cannot be shown. */
  onShown: () => void;
}

type State = { kind: 'loading' } | { kind: 'ready'; pdf: PdfHandle } | { kind: 'failed'; reason: PdfFailure };

export function PdfViewer({ blob, page, onPageChange, originalUrl, onShown }: Props) {
  const t = useStrings();
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    let cancelled = false;
    let opened: PdfHandle | undefined;
    void (async () => {
      const { openPdf, PdfOpenError } = await loadPdf();
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

  // The parent's callback is made anew at each render: said once, when the file turns out unreadable.
  const shown = useLatest(onShown);
  useEffect(() => void (state.kind === 'failed' && shown.current()), [state.kind, shown]);

  if (state.kind === 'failed') return <DocError message={t.doc.errors[state.reason]} originalUrl={originalUrl} />;
  if (state.kind === 'loading')
    return (
      <p class={styles.status} role="status">
        {t.doc.opening}
      </p>
    );
  return (
    <PdfReader
      pdf={state.pdf}
      page={page}
      onPageChange={onPageChange}
      onFailed={() => setState({ kind: 'failed', reason: 'damaged' })}
      onShown={onShown}
      originalUrl={originalUrl}
    />
  );
}

const PAGE_GAP = 24;
const ZOOM_STEP = 1.25;
// Repaint sharp once the zoom has settled; meanwhile the painted page is stretched by a transform.
const REPAINT_DELAY_MS = 200;

interface ReaderProps {
  pdf: PdfHandle;
  page: number;
  onPageChange: (page: number) => void;
  onFailed: () => void;
  onShown: () => void;
  originalUrl?: string;
}

function PdfReader({ pdf, page, onPageChange, onFailed, onShown, originalUrl }: ReaderProps) {
  const t = useStrings();
  const total = pdf.pageCount;
  const current = clampPage(page, total);
  // One array per page in view, so the effects keyed on it run when the page changes, not at each render.
  const near = useMemo(() => pagesNear(current, total), [current, total]);
  const [sizes, setSizes] = useState<ReadonlyMap<number, PageSize>>(new Map());
  const [jumping, setJumping] = useState(false);
  // Pages near the one in view that have been painted; a page that leaves them is unmounted and starts again.
  const [painted, setPainted] = useState<ReadonlySet<number>>(new Set());
  const currentPainted = painted.has(current);
  const go = (target: number) => {
    const next = clampPage(target, total);
    if (next !== current) onPageChange(next);
  };
  const { frameRef, frame, view, fit, setFit, zoomBy, reveal, swipeOffset, gesturing } = usePanZoom({
    content: sizes.get(current) ?? null,
    initialFit: 'width',
    resetOn: current,
    onSwipe: (direction) => go(current + direction),
  });

  // The sentence read aloud is marked in the text layer: pan to it, since scrolling would shift the clipped frame.
  useEffect(() => {
    const element = frameRef.current;
    const onReveal = (e: Event) => {
      e.preventDefault();
      reveal((e as RevealEvent).detail);
    };
    element?.addEventListener(REVEAL_EVENT, onReveal);
    return () => element?.removeEventListener(REVEAL_EVENT, onReveal);
  }, [frameRef, reveal]);

  // Before the first paint, so the page's size is asked for in the same task that mounts the reader. The sizes known
  // and the parent's onFailed are read, not keyed on: a size coming in must not drop the answers still on their way.
  const known = useLatest({ sizes, onFailed });
  useLayoutEffect(() => {
    let live = true;
    for (const p of near) {
      if (!known.current.sizes.has(p))
        void pdf.pageSize(p).then(
          (s) => live && setSizes((old) => new Map(old).set(p, s)),
          () => known.current.onFailed(),
        );
    }
    return () => {
      live = false;
    };
  }, [pdf, near, known]);

  const [settledScale, setPaintScale] = useState<number | null>(null);
  // The first paint uses the first fit at once, rather than a render later.
  const paintScale = settledScale ?? view?.scale ?? null;
  // Keyed on the scale, not the view: panning alone does not repaint. Nothing to do once the paint has the scale.
  const scale = view?.scale;
  useEffect(() => {
    if (scale === undefined || gesturing || scale === settledScale) return;
    if (settledScale === null) return setPaintScale(scale);
    const timer = setTimeout(() => setPaintScale(scale), REPAINT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [scale, gesturing, settledScale]);

  useEffect(
    () =>
      setPainted((old) => ([...old].every((p) => near.includes(p)) ? old : new Set(near.filter((p) => old.has(p))))),
    [near],
  );
  const shown = useLatest(onShown);
  useEffect(() => void (currentPainted && shown.current()), [currentPainted, shown]);
  // Pages whose paint shows nothing but paper: a resident is told so, instead of wondering at a white page.
  const [blank, setBlank] = useState<ReadonlySet<number>>(new Set());
  const onPainted = (p: number, isBlank: boolean) => {
    setPainted((old) => (old.has(p) ? old : new Set(old).add(p)));
    setBlank((old) =>
      old.has(p) === isBlank ? old : isBlank ? new Set(old).add(p) : new Set([...old].filter((b) => b !== p)),
    );
  };

  const pages =
    frame && view && paintScale
      ? near.flatMap((p) => {
          const size = sizes.get(p);
          if (!size) return [];
          // The page in view follows the reader's zoom; its neighbours wait beside it at no more than width fit.
          const scale = p === current ? paintScale : Math.min(paintScale, fitScale(frame, size, 'width'));
          const width = Math.round(size.width * scale);
          const height = Math.round(size.height * scale);
          const side = Math.sign(p - current);
          const transform =
            p === current
              ? `translate(${view.x}px, ${view.y}px) scale(${view.scale / paintScale})`
              : `translate(${side * (frame.width + PAGE_GAP) + Math.max(0, (frame.width - width) / 2)}px, 0px)`;
          return [{ p, width, height, transform }];
        })
      : [];

  return (
    <div class={styles.viewer}>
      <div class={styles.toolbar} role="toolbar" aria-label={t.doc.zoomTools}>
        <TouchButton label={t.doc.zoomOut} onClick={() => zoomBy(1 / ZOOM_STEP)} testId="zoom-out" class={styles.icon}>
          −
        </TouchButton>
        <TouchButton label={t.doc.zoomIn} onClick={() => zoomBy(ZOOM_STEP)} testId="zoom-in" class={styles.icon}>
          ＋
        </TouchButton>
        <TouchButton variant={fit === 'width' ? 'primary' : 'plain'} onClick={() => setFit('width')} testId="fit-width">
          {t.doc.fitWidth}
        </TouchButton>
        <TouchButton variant={fit === 'page' ? 'primary' : 'plain'} onClick={() => setFit('page')} testId="fit-page">
          {t.doc.fitPage}
        </TouchButton>
        <TouchButton class={styles.indicator} onClick={() => setJumping(true)} testId="page-indicator">
          {/* Its visible words are its whole name: one who says what they see to voice control reaches it. */}
          <span aria-live="polite">{t.doc.pageOf(current, total)}</span>
          <span class={styles.jumpHint}>{t.doc.jumpButton}</span>
        </TouchButton>
      </div>
      <div
        ref={frameRef}
        class={styles.frame}
        data-testid="pdf-frame"
        data-zoom={
          view && frame && sizes.get(current)
            ? (view.scale / fitScale(frame, sizes.get(current)!, 'width')).toFixed(2)
            : ''
        }
      >
        <div
          class={styles.track}
          style={{
            transform: `translateX(${swipeOffset}px)`,
            transition: gesturing ? 'none' : 'transform 0.2s ease-out',
          }}
        >
          {pages.map(({ p, width, height, transform }) => (
            <PdfPage
              key={p}
              pdf={pdf}
              page={p}
              width={width}
              height={height}
              withText={p === current}
              // Neighbours wait for the page in view: pdf.js's worker does one page at a time, as PDFViewer's queue does.
              paint={p === current || currentPainted}
              style={{ transform }}
              onPainted={onPainted}
              onFailed={onFailed}
            />
          ))}
        </div>
        {currentPainted && blank.has(current) && <BlankPageNotice originalUrl={originalUrl} />}
      </div>
      <nav class={styles.pager} aria-label={t.doc.pageOf(current, total)}>
        <TouchButton variant="primary" disabled={current <= 1} onClick={() => go(current - 1)}>
          ‹ {t.doc.prevPage}
        </TouchButton>
        <PageThumbnails pdf={pdf} current={current} enabled={currentPainted} onPick={go} />
        <TouchButton variant="primary" disabled={current >= total} onClick={() => go(current + 1)}>
          {t.doc.nextPage} ›
        </TouchButton>
      </nav>
      {jumping && <PageJump pageCount={total} onJump={go} onClose={() => setJumping(false)} />}
    </div>
  );
}
