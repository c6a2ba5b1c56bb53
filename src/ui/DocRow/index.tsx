// One document as a large tappable row: title, 文号, publisher, date, validity badge, and for searches a body snippet.
import { Fragment } from 'preact';
import type { Range, Snippet } from '../../catalogue/search-service.ts';
import type { CatalogueDocument } from '../../shared/package-format.ts';
import { CONTENT_LANG, formatDate, useStrings } from '../i18n/index.ts';
import { Marked } from '../Marked/index.tsx';
import { hrefs } from '../router.ts';
import styles from './style.module.css';

export interface RowMarks {
  title?: Range[];
  docNo?: Range[];
  publisher?: Range[];
}

interface Props {
  doc: CatalogueDocument;
  marks?: RowMarks;
  /** Search rows have a snippet line: the body around a match, or the summary when the match is not in the body. */
  snippet?: Snippet | null;
  withSnippet?: boolean;
  /** Every row one height (lines clamped), as VirtualList needs. */
  fixedHeight?: boolean;
}

export function DocRow({ doc, marks, snippet, withSnippet, fixedHeight }: Props) {
  const t = useStrings();
  const meta = [
    doc.docNo && (
      <span lang={CONTENT_LANG}>
        <Marked text={doc.docNo} marks={marks?.docNo} />
      </span>
    ),
    doc.publisher && (
      <span lang={CONTENT_LANG}>
        <Marked text={doc.publisher} marks={marks?.publisher} />
      </span>
    ),
    formatDate(doc.publishDate, t.locale),
  ].filter(Boolean);
  return (
    <a
      class={`${styles.item} ${fixedHeight ? styles.fixed : ''}`}
      href={hrefs.doc(doc.id)}
      data-testid="result-item"
      data-id={doc.id}
    >
      <span class={styles.title}>
        {doc.validity !== '有效' && (
          <span class={styles.badge}>{t.catalogueWords.validity[doc.validity] ?? doc.validity}</span>
        )}
        <span lang={CONTENT_LANG}>
          <Marked text={doc.title} marks={marks?.title} />
        </span>
      </span>
      <span class={styles.meta}>
        {meta.map((part, i) => (
          <Fragment key={i}>
            {i > 0 && ' · '}
            {part}
          </Fragment>
        ))}
      </span>
      {withSnippet && (
        <span class={styles.snippet} lang={CONTENT_LANG}>
          {snippet ? (
            <>
              {snippet.before && '…'}
              <Marked text={snippet.text} marks={snippet.marks} />
              {snippet.after && '…'}
            </>
          ) : (
            doc.summary
          )}
        </span>
      )}
    </a>
  );
}
