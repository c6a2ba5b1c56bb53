// What goes on paper: one A4 sheet per chosen page, or a web page's text reflowed over A4 sheets, each with its provenance footer; never the interface.
import type { CatalogueDocument } from '../../shared/package-format.ts';
import { footerText } from '../../print/footer.ts';
import type { TextBlock } from '../../print/html-text.ts';
import type { PreparedPage } from '../../print/print-source.ts';
import type { TextWindow } from './text-layout.ts';
import { QrCode } from '../QrCode/index.tsx';
import { formatDate, useStrings } from '../i18n/index.ts';
import styles from './style.module.css';

export interface SheetContext {
  doc: CatalogueDocument;
  site: string;
  /** The online original, for the footer's QR; none when the document has no address and the config no portal. */
  originalUrl: string | undefined;
  printedAt: Date;
}

export type SheetContent =
  | { kind: 'pages'; pages: PreparedPage[]; total: number }
  | {
      kind: 'text';
      blocks: TextBlock[];
      /** How many sheets the text fills (counted by showTextSheets); unknown in the dialog's preview, whose footer says none. */
      sheets?: number;
      /** What each sheet lays out of the text (text-layout.ts); without them every sheet lays out all of it. */
      windows?: TextWindow[];
      /** Only the first sheet: the preview, and the sheet laid out to count them. */
      firstOnly?: boolean;
    };

interface Props extends SheetContext {
  content: SheetContent;
  copies: number;
}

/** The whole printout: every sheet of every copy, in order. */
export function PrintSheets({ content, copies, ...context }: Props) {
  const copyList = Array.from({ length: copies }, (_, i) => i);
  if (content.kind === 'text') {
    return (
      <>
        {copyList.map((c) => (
          <TextPrintout
            key={c}
            {...context}
            blocks={content.blocks}
            sheets={content.sheets}
            windows={content.windows}
            firstOnly={content.firstOnly}
          />
        ))}
      </>
    );
  }
  return (
    <>
      {copyList.flatMap((c) =>
        content.pages.map((p, i) => (
          <PageSheet key={`${c}-${p.page}`} {...context} page={p} total={content.total} first={i === 0} />
        )),
      )}
    </>
  );
}

export function PageSheet({
  page,
  total,
  first,
  ...context
}: SheetContext & { page: PreparedPage; total: number; first: boolean }) {
  const t = useStrings();
  return (
    <section class={styles.sheet} data-testid="print-sheet" data-page={page.page}>
      {first && <DocHeader doc={context.doc} />}
      <div class={styles.pageArea}>
        <img class={styles.pageImage} src={page.url} alt={t.doc.pageLabel(page.page)} />
      </div>
      <SheetFooter {...context} pageOf={[page.page, total]} />
    </section>
  );
}

/**
 * A web-page document over as many sheets as it needs. Its text flows through columns each one sheet's text area in
 * size; sheet i shows its column through a window of that size, the flow moved left by whole columns (style.module.css).
 */
function TextPrintout({
  blocks,
  sheets,
  windows,
  firstOnly,
  ...context
}: SheetContext & {
  blocks: TextBlock[];
  sheets: number | undefined;
  windows: TextWindow[] | undefined;
  firstOnly: boolean | undefined;
}) {
  const items = [
    <DocHeader key="header" doc={context.doc} />,
    ...blocks.map((b, j) => (b.kind === 'heading' ? <h2 key={j}>{b.text}</h2> : <p key={j}>{b.text}</p>)),
  ];
  const shown = firstOnly ? 1 : (sheets ?? 1);
  return (
    <div class={styles.textPrintout} data-testid="print-text">
      {Array.from({ length: shown }, (_, i) => {
        const part = windows?.[i];
        return (
          <section key={i} class={`${styles.sheet} ${styles.textSheet}`} data-testid="print-sheet" data-page={i + 1}>
            <div class={styles.textWindow}>
              <div class={`${styles.textFlow} ${styles.text}`} style={`--column: ${part?.column ?? i}`} data-text-flow>
                {part ? (
                  <>
                    <div class={styles.flowTop} style={`height: ${part.top}px`} />
                    {items.slice(part.from, part.to + 1)}
                  </>
                ) : (
                  items
                )}
              </div>
            </div>
            <SheetFooter {...context} pageOf={sheets === undefined ? undefined : [i + 1, sheets]} />
          </section>
        );
      })}
    </div>
  );
}

/** The full catalogue entry on the first sheet, with the validity said plainly when the document no longer applies. */
function DocHeader({ doc }: { doc: CatalogueDocument }) {
  const t = useStrings();
  const rows: [string, string][] = [
    [t.doc.indexNo, doc.indexNo],
    [t.doc.docNo, doc.docNo || t.doc.none],
    [t.doc.publisher, doc.publisher],
    [t.doc.writtenDate, formatDate(doc.writtenDate, t.locale) || t.doc.none],
    [t.doc.publishDate, formatDate(doc.publishDate, t.locale)],
    [t.doc.validity, doc.validity],
  ];
  return (
    <header class={styles.docHeader} data-testid="print-meta">
      <h1 class={styles.docTitle}>{doc.title}</h1>
      <dl class={styles.fields}>
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {doc.validity !== '有效' && <p class={styles.validity}>{t.doc.validityBanner[doc.validity]}</p>}
    </header>
  );
}

/** Without `pageOf` (the preview of reflowed text, whose sheets are not counted yet) the footer says no page number. */
function SheetFooter({ doc, site, originalUrl, printedAt, pageOf }: SheetContext & { pageOf?: [number, number] }) {
  const t = useStrings();
  const words = {
    indexNo: t.doc.indexNo,
    printedAt: t.print.sheet.printedAt,
    pageOf: t.print.sheet.pageOf,
    notInForce: t.doc.notInForce,
  };
  const [page, total] = pageOf ?? [0, 0];
  const input = { site, indexNo: doc.indexNo, title: doc.title, printedAt, page, total, validity: doc.validity };
  const text = footerText(input, words);
  return (
    <footer class={styles.footer} data-testid="print-footer">
      <div class={styles.footerText}>
        <span>{text.site}</span>
        <span>{text.document}</span>
        {text.validity && (
          <strong class={styles.footerValidity} data-testid="print-validity">
            {text.validity}
          </strong>
        )}
        <span>
          {text.time}
          {'\u3000'}
          {t.print.sheet.copyNote}
        </span>
      </div>
      {pageOf && <span class={styles.pageOf}>{text.page}</span>}
      {originalUrl && (
        <div class={styles.footerQr}>
          <QrCode url={originalUrl} kind="footer" label={t.print.sheet.scanOriginal} class={styles.qr} />
          <span>{t.print.sheet.scanOriginal}</span>
        </div>
      )}
    </footer>
  );
}
