// A dialog over the current screen (jump to page, a link's QR code): large close button, tap outside to close.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useStrings } from '../i18n/index.ts';
import { TouchButton } from '../TouchButton/index.tsx';
import styles from './style.module.css';

interface Props {
  title: string;
  testId?: string;
  onClose: () => void;
  children: ComponentChildren;
}

export function ModalDialog({ title, testId, onClose, children }: Props) {
  const t = useStrings();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    // showModal makes the rest of the screen inert, so a stray touch behind the dialog does nothing.
    dialog.current?.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      class={styles.dialog}
      data-testid={testId}
      aria-label={title}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onClick={(e) => e.target === dialog.current && onClose()}
    >
      <div class={styles.body}>
        <h2 class={styles.title}>{title}</h2>
        {children}
        <TouchButton class={styles.close} onClick={onClose}>{t.doc.close}</TouchButton>
      </div>
    </dialog>
  );
}
