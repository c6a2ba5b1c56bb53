// A list of documents as large tappable rows: title, 文号, publisher, date and a validity badge.
import type { CatalogueDocument } from '../../shared/package-format.ts';
import { formatDate, useStrings } from '../i18n/index.ts';
import { hrefs } from '../router.ts';
import styles from './style.module.css';

export function DocList({ documents }: { documents: CatalogueDocument[] }) {
  const t = useStrings();
  return (
    <ul class={styles.list}>
      {documents.map((doc) => (
        <li key={doc.id}>
          <a class={styles.item} href={hrefs.doc(doc.id)} data-testid="result-item" data-id={doc.id}>
            <span class={styles.title}>
              {doc.title}
              {doc.validity !== '有效' && <span class={styles.badge}>{doc.validity}</span>}
            </span>
            <span class={styles.meta}>
              {[doc.docNo, doc.publisher, formatDate(doc.publishDate, t.locale)].filter(Boolean).join(' · ')}
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}
