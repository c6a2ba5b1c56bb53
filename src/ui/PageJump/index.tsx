// Jump to a page on a number pad: residents type the page they were told ("第 35 页") instead of swiping 34 times.
import { useState } from 'preact/hooks';
import { clampPage } from '../../viewer/page-window.ts';
import { useStrings } from '../i18n/index.ts';
import { ModalDialog } from '../ModalDialog/index.tsx';
import { TouchButton } from '../TouchButton/index.tsx';
import styles from './style.module.css';

interface Props {
  pageCount: number;
  onJump: (page: number) => void;
  onClose: () => void;
}

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

export function PageJump({ pageCount, onJump, onClose }: Props) {
  const t = useStrings();
  const [typed, setTyped] = useState('');
  const maxDigits = String(pageCount).length;
  const press = (digit: string) => setTyped((s) => (s.length < maxDigits ? (s + digit).replace(/^0+/, '') : s));
  const value = Number(typed);
  const valid = typed !== '' && value >= 1 && value <= pageCount;
  const jump = (page: number) => {
    onJump(clampPage(page, pageCount));
    onClose();
  };
  return (
    <ModalDialog title={t.doc.jumpTitle} testId="page-jump" onClose={onClose}>
      <p class={styles.hint}>{t.doc.jumpHint(pageCount)}</p>
      <output class={styles.display} aria-live="polite" data-testid="page-jump-display">
        {typed ? t.doc.pageLabel(value) : '—'}
      </output>
      {typed !== '' && !valid && (
        <p class={styles.warning} role="alert">
          {t.doc.jumpOutOfRange(pageCount)}
        </p>
      )}
      <div class={styles.keys}>
        {DIGITS.map((d) => (
          <TouchButton key={d} class={styles.key} onClick={() => press(d)}>
            {d}
          </TouchButton>
        ))}
        <TouchButton class={styles.key} onClick={() => setTyped((s) => s.slice(0, -1))}>
          {t.doc.jumpDelete}
        </TouchButton>
        <TouchButton class={styles.key} onClick={() => press('0')}>
          0
        </TouchButton>
        <TouchButton class={styles.key} variant="primary" disabled={!valid} onClick={() => jump(value)}>
          {t.doc.jumpGo}
        </TouchButton>
      </div>
      <div class={styles.ends}>
        <TouchButton onClick={() => jump(1)}>{t.doc.firstPage}</TouchButton>
        <TouchButton onClick={() => jump(pageCount)}>{t.doc.lastPage}</TouchButton>
      </div>
    </ModalDialog>
  );
}
