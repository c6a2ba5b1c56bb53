// The idle countdown over every screen: a large number of seconds and one big button to keep going.
import { formatNumber, useStrings } from '../i18n/index.ts';
import { TouchButton } from '../TouchButton/index.tsx';
import styles from './style.module.css';

export function IdleWarning({ secondsLeft, onContinue }: { secondsLeft: number; onContinue: () => void }) {
  const t = useStrings();
  return (
    <div class={styles.backdrop} data-testid="idle-warning" role="alertdialog" aria-modal="true" aria-labelledby="idle-title">
      <div class={styles.panel}>
        <h2 id="idle-title" class={styles.title}>{t.kiosk.idleTitle}</h2>
        <p class={styles.seconds} aria-hidden="true">{formatNumber(secondsLeft, t.locale)}</p>
        <p class={styles.text} role="timer" aria-live="off">
          {t.kiosk.idleCountdown(formatNumber(secondsLeft, t.locale))}
        </p>
        <TouchButton variant="primary" onClick={onContinue} class={styles.continue}>{t.kiosk.idleContinue}</TouchButton>
      </div>
    </div>
  );
}
