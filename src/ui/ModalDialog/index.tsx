// A dialog over the current screen (jump to page, a link's QR code): large close button, tap outside to close.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useStrings } from '../i18n/index.ts';
import { TouchButton } from '../TouchButton/index.tsx';
import { useModalFocus } from '../use-modal-focus.ts';
import styles from './style.module.css';

interface Props {
  title: string;
  testId?: string;
  onClose: () => void;
  children: ComponentChildren;
  /** The close button's words, when "关闭" is not the plainest (the help dialog's "知道了"). */
  closeLabel?: string;
}

export function ModalDialog({ title, testId, onClose, children, closeLabel }: Props) {
  const t = useStrings();
  const dialog = useRef<HTMLDialogElement>(null);
  useModalFocus(dialog, { native: true });
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
        <TouchButton class={styles.close} variant={closeLabel ? 'primary' : 'plain'} onClick={onClose}>
          {closeLabel ?? t.doc.close}
        </TouchButton>
      </div>
    </dialog>
  );
}
