// The first sheet as it will print, shrunk: the page at low resolution with the same header and footer the printout gets.
import { useEffect, useState } from 'preact/hooks';
import { releasePages, type PreparedPage } from '../../print/print-source.ts';
import type { PaintTarget } from '../../viewer/paint-size.ts';
import { useStrings } from '../i18n/index.ts';
import { PageSheet, PrintSheets, type SheetContext } from '../PrintSheets/index.tsx';
import type { Printable } from './use-print-source.ts';
import styles from './style.module.css';

// The page as the preview shows it: the sheet's page area (186 mm, ~703 CSS px) at the preview's 0.45 zoom, painted
// for the screen it is on; the printout itself gets print resolution (SHEET).
const PREVIEW: PaintTarget = { width: 320, purpose: 'screen' };

interface Props {
  printable: Exclude<Printable, { kind: 'loading' | 'failed' }>;
  firstPage: number | undefined;
  context: SheetContext;
}

export function Preview({ printable, firstPage, context }: Props) {
  const t = useStrings();
  const [image, setImage] = useState<PreparedPage | null>(null);

  useEffect(() => {
    if (printable.kind !== 'pages' || firstPage === undefined) return;
    let live = true;
    let made: PreparedPage[] = [];
    setImage(null);
    printable.source.render([firstPage], PREVIEW).then(
      (pages) => {
        made = pages;
        if (live) setImage(pages[0] ?? null);
        else releasePages(pages);
      },
      (e: unknown) => console.error('preview failed', e),
    );
    return () => {
      live = false;
      releasePages(made);
    };
  }, [printable, firstPage]);

  return (
    <figure class={styles.preview} data-testid="print-preview">
      <figcaption>{t.print.preview}</figcaption>
      <div class={styles.previewFrame}>
        <div class={styles.previewScale}>
          {printable.kind === 'text' ? (
            <PrintSheets
              {...context}
              content={{ kind: 'text', blocks: printable.blocks.slice(0, 12), firstOnly: true }}
              copies={1}
            />
          ) : image ? (
            <PageSheet {...context} page={image} total={printable.source.pageCount} first />
          ) : (
            <p class={styles.previewLoading}>{t.print.previewLoading}</p>
          )}
        </div>
      </div>
    </figure>
  );
}
