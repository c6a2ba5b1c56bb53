// The one PIN pad: large digits, masked entry, a plain message on failure, and a countdown while locked out.
import { useEffect, useState } from 'preact/hooks';
import { resolvePin, type PinEntry } from '../../kiosk/local-pins.ts';
import { checkPin, LOCKOUT_MS, lockedUntil, type PinHash, type PinRole } from '../../kiosk/pin.ts';
import { useStrings } from '../i18n/index.ts';
import { TouchButton } from '../TouchButton/index.tsx';
import styles from './style.module.css';

interface Props {
  role: PinRole;
  /** The config's entry: a hash, or "local" for the one set at the terminal (kiosk/local-pins.ts). */
  expected: PinEntry;
  title: string;
  onSuccess: () => void;
}

const MAX_DIGITS = 16;
const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

export function PinPad({ role, expected, title, onSuccess }: Props) {
  const t = useStrings();
  const [pin, setPin] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [lockEnd, setLockEnd] = useState<number | null>(null);
  const [now, setNow] = useState(Date.now());
  // undefined while a local PIN is read; null when the terminal has none yet (nothing can open the pad then).
  const [hash, setHash] = useState<PinHash | null | undefined>(expected === 'local' ? undefined : expected);

  useEffect(() => void resolvePin(role, expected).then(setHash), [role, expected]);

  useEffect(() => void lockedUntil(role).then(setLockEnd), [role]);
  useEffect(() => {
    if (!lockEnd) return;
    const timer = setInterval(() => {
      setNow(Date.now());
      if (Date.now() >= lockEnd) setLockEnd(null);
      // The clock was set back while the pad counts down: never show more than one lockout from now (kiosk/pin.ts).
      else if (lockEnd - Date.now() > LOCKOUT_MS) setLockEnd(Date.now() + LOCKOUT_MS);
    }, 1000);
    return () => clearInterval(timer);
  }, [lockEnd]);

  const locked = (lockEnd !== null && lockEnd > now) || !hash;
  const press = (digit: string) => !busy && !locked && setPin((p) => (p.length < MAX_DIGITS ? p + digit : p));
  const submit = async () => {
    if (busy || locked || !hash || pin.length === 0) return;
    setBusy(true);
    const result = await checkPin(role, pin, hash);
    setBusy(false);
    setPin('');
    if (result.ok) return onSuccess();
    setNow(Date.now());
    setLockEnd(result.lockedUntil);
    setMessage(result.lockedUntil ? '' : t.pin.wrong(result.failuresLeft));
  };

  const remaining = lockEnd !== null && lockEnd > now ? Math.ceil((lockEnd - now) / 1000) : 0;
  return (
    <section class={styles.pad} data-testid="pin-pad" aria-label={title}>
      <h1 class={styles.title}>{title}</h1>
      <p class={styles.display} aria-live="polite" data-length={pin.length}>
        {pin.length ? '●'.repeat(pin.length) : t.pin.prompt}
      </p>
      <p class={styles.message} role="alert" data-testid="pin-message">
        {hash === null
          ? t.localPin.notSetUp
          : remaining
            ? t.pin.locked(Math.floor(remaining / 60), remaining % 60)
            : busy
              ? t.pin.checking
              : message}
      </p>
      <div class={styles.keys}>
        {DIGITS.map((d) => (
          <TouchButton key={d} class={styles.key} onClick={() => press(d)} disabled={locked} testId="pin-key" label={d}>
            {d}
          </TouchButton>
        ))}
        <TouchButton class={styles.key} onClick={() => setPin('')} disabled={locked}>
          {t.pin.clear}
        </TouchButton>
        <TouchButton class={styles.key} onClick={() => press('0')} disabled={locked} testId="pin-key" label="0">
          0
        </TouchButton>
        <TouchButton
          class={styles.key}
          onClick={() => setPin((p) => p.slice(0, -1))}
          disabled={locked}
          label={t.pin.backspace}
        >
          ⌫
        </TouchButton>
      </div>
      <TouchButton
        variant="primary"
        class={styles.submit}
        onClick={() => void submit()}
        disabled={locked || busy || pin.length === 0}
      >
        {t.pin.submit}
      </TouchButton>
    </section>
  );
}
