// How far an import has come: files and MB while they are checked and stored, then documents while search is prepared.
import type { ImportProgress } from '../../shared/import-messages.ts';
import { formatNumber, useStrings } from '../i18n/index.ts';
import styles from './style.module.css';

const MB = 1024 * 1024;

export function ImportStatus({ progress }: { progress: ImportProgress | null }) {
  const t = useStrings();
  const n = (value: number, digits = 0) => formatNumber(value, t.locale, digits);
  const indexing = progress?.indexing;
  const fraction = indexing
    ? indexing.done / Math.max(1, indexing.total)
    : progress && progress.bytesTotal > 0
      ? progress.bytesDone / progress.bytesTotal
      : 0;
  return (
    <>
      <progress class={styles.bar} max={1} value={fraction} />
      {progress && (
        <p role="status">
          {indexing
            ? t.startup.indexing(n(indexing.done), n(indexing.total))
            : t.startup.progress(
                n(progress.filesDone),
                n(progress.filesTotal),
                n(progress.bytesDone / MB, 1),
                n(progress.bytesTotal / MB, 1),
              )}
        </p>
      )}
    </>
  );
}
