// A document that cannot be shown: the reason in plain words and, when there is one, the online original's QR code.
import { useStrings } from '../i18n/index.ts';
import { QrCode } from '../QrCode/index.tsx';
import styles from './style.module.css';

export function DocError({ message, originalUrl }: { message: string; originalUrl?: string }) {
  const t = useStrings();
  return (
    <div class={styles.error} data-testid="doc-error" role="alert">
      <span class={styles.icon} aria-hidden="true">
        !
      </span>
      <div class={styles.text}>
        <p class={styles.reason}>{message}</p>
        <p>{originalUrl ? t.doc.scanOriginal : t.doc.askStaff}</p>
      </div>
      {originalUrl && <QrCode url={originalUrl} kind="original" label={t.doc.originalQr} />}
    </div>
  );
}
