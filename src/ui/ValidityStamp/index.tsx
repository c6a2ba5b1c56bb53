// A stamp over the reading area of a document no longer in force (废止, 失效, 已修订): seen on every page while paging,
// not only in the entry beside it, which a resident reading the document has no reason to look at.
import type { CatalogueDocument } from '../../shared/package-format.ts';
import { useStrings } from '../i18n/index.ts';
import styles from './style.module.css';

export function ValidityStamp({ doc }: { doc: CatalogueDocument }) {
  const t = useStrings();
  if (doc.validity === '有效') return null;
  return (
    <p class={styles.stamp} role="note" data-testid="validity-stamp" data-validity={doc.validity}>
      {t.doc.notInForce[doc.validity] ?? doc.validity}
    </p>
  );
}
