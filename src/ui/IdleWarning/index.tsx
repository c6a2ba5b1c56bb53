// The idle countdown over every screen: a large number of seconds and one big button to keep going.
import { useEffect, useRef } from 'preact/hooks';
import { formatNumber, useStrings } from '../i18n/index.ts';
import { TouchButton } from '../TouchButton/index.tsx';
import { useModalFocus } from '../use-modal-focus.ts';
import styles from './style.module.css';

export function IdleWarning({ secondsLeft, onContinue }: { secondsLeft: number; onContinue: () => void }) {
  const t = useStrings();
  const dialog = useRef<HTMLDialogElement>(null);
  // A modal <dialog> is in the top layer, above any dialog already open (an enlarged QR code), and takes the focus.
  useModalFocus(dialog, { native: true });
  useEffect(() => dialog.current?.showModal(), []);
  return (
    <dialog
      ref={dialog}
      class={styles.dialog}
      data-testid="idle-warning"
      role="alertdialog"
      aria-labelledby="idle-title"
      aria-describedby="idle-text"
      onCancel={(e) => {
        // Escape on a physical keyboard means "I am here", not "close and leave the countdown running unseen".
        e.preventDefault();
        onContinue();
      }}
    >
      <div class={styles.panel}>
        <h2 id="idle-title" class={styles.title}>
          {t.kiosk.idleTitle}
        </h2>
        <p class={styles.seconds} aria-hidden="true">
          {formatNumber(secondsLeft, t.locale)}
        </p>
        <p id="idle-text" class={styles.text} role="timer" aria-live="off">
          {t.kiosk.idleCountdown(formatNumber(secondsLeft, t.locale))}
        </p>
        <TouchButton variant="primary" onClick={onContinue} class={styles.continue}>
          {t.kiosk.idleContinue}
        </TouchButton>
      </div>
    </dialog>
  );
}
