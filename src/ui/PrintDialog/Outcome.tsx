// What the print dialog says after its job: sent (and, on a terminal, what CUPS did with it), not started, or no printer.
import type { ComponentChildren } from 'preact';
import { useStrings } from '../i18n/index.ts';
import { QrCode } from '../QrCode/index.tsx';
import { TouchButton } from '../TouchButton/index.tsx';
import styles from './style.module.css';

export function Outcome({
  title,
  lines,
  onClose,
  onRetry,
  state,
  children,
}: {
  title: string;
  lines: string[];
  onClose: () => void;
  onRetry?: () => void;
  /** For tests and screen readers: which end this is. */
  state?: string;
  children?: ComponentChildren;
}) {
  const t = useStrings();
  return (
    <div class={styles.outcome} data-testid="print-outcome" data-outcome={state} role="status">
      <p class={styles.outcomeTitle}>{title}</p>
      {lines.filter(Boolean).map((line) => (
        <p key={line}>{line}</p>
      ))}
      {children}
      <div class={styles.actions}>
        {onRetry && <TouchButton onClick={onRetry}>{t.print.retry}</TouchButton>}
        <TouchButton variant="primary" onClick={onClose}>
          {t.print.done}
        </TouchButton>
      </div>
    </div>
  );
}

/** The printer is out of paper, jammed, stopped or not there: said before anything is chosen, nothing counted. */
export function PrinterUnavailable({ originalUrl, onClose }: { originalUrl: string | undefined; onClose: () => void }) {
  const t = useStrings();
  return (
    <Outcome
      title={t.print.unavailableTitle}
      lines={[originalUrl ? t.print.unavailableQr : t.print.unavailable]}
      onClose={onClose}
      state="unavailable"
    >
      {originalUrl && (
        <div class={styles.unavailableQr}>
          <QrCode url={originalUrl} kind="original" label={t.followUp.original} />
          <span>{t.followUp.originalHow}</span>
        </div>
      )}
    </Outcome>
  );
}
