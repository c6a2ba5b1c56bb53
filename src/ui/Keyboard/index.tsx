// The on-screen keyboard: large keys in alphabetical order (easier to find than QWERTY for someone who never typed).
import { useStrings } from '../i18n/index.ts';
import styles from './style.module.css';

const ROWS = ['1234567890', 'abcdefghi', 'jklmnopqr', 'stuvwxyz'].map((row) => [...row]);

/** A letter or digit, or one of 'space', 'backspace', 'clear'. */
export type KeyName = string;

export function Keyboard({ onKey }: { onKey: (key: KeyName) => void }) {
  const t = useStrings();
  // Keys never take focus from the search field, so a physical keyboard or IME keeps working beside them.
  const keepFocus = (e: MouseEvent) => e.preventDefault();
  const key = (name: KeyName, label: string, extra = '') => (
    <button
      type="button"
      class={`${styles.key} ${extra}`}
      data-key={name}
      onMouseDown={keepFocus}
      onClick={() => onKey(name)}
    >
      {label}
    </button>
  );
  return (
    <div class={styles.keyboard} data-testid="keyboard" role="group" aria-label={t.search.keyboard}>
      {ROWS.map((row) => (
        <div class={styles.row} key={row[0]}>
          {row.map((k) => key(k, k))}
        </div>
      ))}
      <div class={styles.row}>
        {key('clear', t.search.keys.clear, styles.wide)}
        {key('space', t.search.keys.space, styles.space)}
        {key('backspace', `⌫ ${t.search.keys.backspace}`, styles.wide)}
      </div>
    </div>
  );
}
