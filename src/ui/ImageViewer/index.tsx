// An image document fit to the screen, with pinch, double-tap and buttons to zoom and a finger to pan.
import { useEffect, useState } from 'preact/hooks';
import { useStrings } from '../i18n/index.ts';
import { TouchButton } from '../TouchButton/index.tsx';
import { usePanZoom } from '../use-pan-zoom.ts';
import styles from './style.module.css';

const ZOOM_STEP = 1.25;

export function ImageViewer({ blob, title }: { blob: Blob; title: string }) {
  const t = useStrings();
  const [url, setUrl] = useState<string | null>(null);
  const [natural, setNatural] = useState<{ width: number; height: number } | null>(null);
  const { frameRef, view, fit, setFit, zoomBy } = usePanZoom({ content: natural, initialFit: 'page' });
  useEffect(() => {
    const objectUrl = URL.createObjectURL(blob);
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [blob]);
  return (
    <div class={styles.viewer}>
      <div class={styles.toolbar} role="toolbar" aria-label={t.doc.imageTools}>
        <TouchButton label={t.doc.zoomOut} onClick={() => zoomBy(1 / ZOOM_STEP)} testId="zoom-out" class={styles.icon}>
          −
        </TouchButton>
        <TouchButton label={t.doc.zoomIn} onClick={() => zoomBy(ZOOM_STEP)} testId="zoom-in" class={styles.icon}>
          ＋
        </TouchButton>
        <TouchButton variant={fit === 'page' ? 'primary' : 'plain'} onClick={() => setFit('page')} testId="fit-page">
          {t.doc.fitPage}
        </TouchButton>
        <TouchButton variant={fit === 'width' ? 'primary' : 'plain'} onClick={() => setFit('width')} testId="fit-width">
          {t.doc.fitWidth}
        </TouchButton>
      </div>
      <div ref={frameRef} class={styles.frame} data-testid="image-frame">
        {url && (
          <img
            class={styles.image}
            src={url}
            alt={title}
            draggable={false}
            data-testid="doc-image"
            onLoad={(e) => setNatural({ width: e.currentTarget.naturalWidth, height: e.currentTarget.naturalHeight })}
            style={
              view && natural
                ? {
                    width: `${natural.width}px`,
                    height: `${natural.height}px`,
                    transform: `translate(${view.x}px, ${view.y}px) scale(${view.scale})`,
                  }
                : { visibility: 'hidden' }
            }
          />
        )}
      </div>
    </div>
  );
}
