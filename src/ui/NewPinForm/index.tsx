// Choosing a new PIN at the terminal: typed twice on large digits, masked, with the reason in words when it is refused.
import { useState } from 'preact/hooks';
import { MAX_PIN_DIGITS } from '../../kiosk/local-pins.ts';
import { useStrings } from '../i18n/index.ts';
import pad from '../PinPad/style.module.css';
import { TouchButton } from '../TouchButton/index.tsx';

interface Props {
  /** The role in words, e.g. 工作人员密码. */
  roleName: string;
  /** Stores the PIN; returns what is wrong with it in words, or null once stored. */
  onSubmit: (pin: string) => Promise<string | null>;
  onCancel?: () => void;
}

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

export function NewPinForm({ roleName, onSubmit, onCancel }: Props) {
  const t = useStrings();
  const [first, setFirst] = useState<string | null>(null);
  const [entry, setEntry] = useState('');
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  const press = (digit: string) => !busy && setEntry((p) => (p.length < MAX_PIN_DIGITS ? p + digit : p));
  const next = async () => {
    if (busy || !entry) return;
    if (first === null) {
      setFirst(entry);
      setEntry('');
      setMessage('');
      return;
    }
    const pin = entry;
    setEntry('');
    setFirst(null);
    if (pin !== first) return setMessage(t.localPin.mismatch);
    setBusy(true);
    setMessage(t.localPin.saving);
    const problem = await onSubmit(pin);
    setBusy(false);
    setMessage(problem ?? '');
  };

  const title = first === null ? t.localPin.newPin(roleName) : t.localPin.again(roleName);
  return (
    <section class={pad.pad} data-testid="new-pin" aria-label={title}>
      <h2 class={pad.title}>{title}</h2>
      <p class={pad.display} aria-live="polite" data-length={entry.length}>
        {entry.length ? '●'.repeat(entry.length) : t.pin.prompt}
      </p>
      <p class={pad.message} role="alert" data-testid="new-pin-message">
        {message}
      </p>
      <div class={pad.keys}>
        {DIGITS.map((d) => (
          <TouchButton key={d} class={pad.key} onClick={() => press(d)} disabled={busy} testId="pin-key" label={d}>
            {d}
          </TouchButton>
        ))}
        <TouchButton class={pad.key} onClick={() => setEntry('')} disabled={busy}>
          {t.pin.clear}
        </TouchButton>
        <TouchButton class={pad.key} onClick={() => press('0')} disabled={busy} testId="pin-key" label="0">
          0
        </TouchButton>
        <TouchButton
          class={pad.key}
          onClick={() => setEntry((p) => p.slice(0, -1))}
          disabled={busy}
          label={t.pin.backspace}
        >
          ⌫
        </TouchButton>
      </div>
      <TouchButton variant="primary" class={pad.submit} onClick={() => void next()} disabled={busy || !entry}>
        {t.pin.submit}
      </TouchButton>
      {onCancel && (
        <TouchButton onClick={onCancel} disabled={busy}>
          {t.localPin.cancel}
        </TouchButton>
      )}
    </section>
  );
}
