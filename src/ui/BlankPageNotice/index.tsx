// Over a PDF page that shows nothing: says plainly the page has no content (not that the terminal failed), with the
// online original's QR code, since the published original may have what this copy lost.
import { useStrings } from '../i18n/index.ts';
import { QrCode } from '../QrCode/index.tsx';
import styles from './style.module.css';

export function BlankPageNotice({ originalUrl }: { originalUrl?: string }) {
  const t = useStrings();
  return (
    <div class={styles.notice} role="status" data-testid="blank-page">
      <p class={styles.reason}>{t.doc.blankPage}</p>
      <p>{originalUrl ? t.doc.scanOriginal : t.doc.askStaff}</p>
      {originalUrl && <QrCode url={originalUrl} kind="original" label={t.doc.originalQr} />}
    </div>
  );
}
