// The printer's state in words, for the attendant desk and the staff console: ready, or what stops it (缺纸, 卡纸 …).
import { useEffect, useState } from 'preact/hooks';
import { printerUsable, type PrinterStatus } from '../../print/local-printer.ts';
import { useStrings } from '../i18n/index.ts';
import { useServices } from '../services.ts';
import styles from './style.module.css';

// Often enough that paper put back shows as ready while the attendant is still at the terminal.
const REFRESH_MS = 10_000;

type Known = { kind: 'asking' } | { kind: 'browser' } | { kind: 'status'; status: PrinterStatus | null };

/** Asks the printer now and every few seconds while shown. */
export function usePrinterStatus(): Known {
  const { printer } = useServices();
  const [known, setKnown] = useState<Known>({ kind: 'asking' });
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = async () => {
      const link = await printer();
      if (link.kind === 'browser') return !stopped && setKnown({ kind: 'browser' });
      const status = await link.status();
      if (stopped) return;
      setKnown({ kind: 'status', status });
      timer = setTimeout(() => void ask(), REFRESH_MS);
    };
    void ask();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [printer]);
  return known;
}

export function PrinterState() {
  const t = useStrings();
  const known = usePrinterStatus();
  const words = t.printer;
  if (known.kind === 'asking') return null;
  if (known.kind === 'browser' || !known.status)
    return (
      <p class={styles.state} data-testid="printer-state" data-state="unknown">
        {known.kind === 'browser' ? words.browser : words.noAnswer}
      </p>
    );
  const { status } = known;
  const usable = printerUsable(status);
  const reasons = status.reasons.map((r) => words.reasons[r] ?? r);
  return (
    <p
      class={`${styles.state} ${usable ? '' : styles.problem}`}
      data-testid="printer-state"
      data-state={status.state}
      data-reasons={status.reasons.join(' ')}
    >
      {words.line(status.printer ?? '', words.states[status.state], reasons.join(t.listSeparator))}
    </p>
  );
}
