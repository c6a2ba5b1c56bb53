// A web address the kiosk will not open, as a QR code to follow on a phone: links in documents and anything lockdown stops.
import { useStrings } from '../i18n/index.ts';
import { ModalDialog } from '../ModalDialog/index.tsx';
import { QrCode } from '../QrCode/index.tsx';
import styles from './style.module.css';

/** `url` empty: a link whose address could not be read, said as such. */
export function LinkQrDialog({ url, onClose }: { url: string; onClose: () => void }) {
  const t = useStrings();
  return (
    <ModalDialog title={t.doc.linkTitle} testId="link-dialog" onClose={onClose}>
      {url ? (
        <>
          <p class={styles.hint}>{t.doc.linkHint}</p>
          <QrCode url={url} kind="link" label={t.doc.linkQr} size={280} />
          <p class={styles.url}>{url}</p>
        </>
      ) : (
        <p class={styles.hint}>{t.doc.linkUnknown}</p>
      )}
    </ModalDialog>
  );
}
