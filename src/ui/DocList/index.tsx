// A short list of documents as large tappable rows (Home's newest); long lists use VirtualList with the same rows.
import type { CatalogueDocument } from '../../shared/package-format.ts';
import { DocRow } from '../DocRow/index.tsx';
import styles from './style.module.css';

export function DocList({ documents }: { documents: CatalogueDocument[] }) {
  return (
    <ul class={styles.list}>
      {documents.map((doc) => (
        <li key={doc.id}>
          <DocRow doc={doc} />
        </li>
      ))}
    </ul>
  );
}
