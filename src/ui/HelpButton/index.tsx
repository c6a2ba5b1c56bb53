// "呼叫工作人员" on every screen: tells the resident where to find help, in the words the reading point's config gives.
import { useState } from 'preact/hooks';
import { useStrings } from '../i18n/index.ts';
import { ModalDialog } from '../ModalDialog/index.tsx';
import { useServices } from '../services.ts';
import { TouchButton } from '../TouchButton/index.tsx';
import styles from './style.module.css';

export function HelpButton() {
  const t = useStrings();
  const { config, session } = useServices();
  const [open, setOpen] = useState(false);
  return (
    <>
      <TouchButton
        testId="help-button"
        onClick={() => {
          setOpen(true);
          session.usage.record({ kind: 'help' });
        }}
      >
        <span aria-hidden="true">☎ </span>
        {t.kiosk.help}
      </TouchButton>
      {open && (
        <ModalDialog
          title={t.kiosk.helpTitle}
          testId="help-dialog"
          onClose={() => setOpen(false)}
          closeLabel={t.kiosk.helpClose}
        >
          <p class={styles.text}>{config.helpText || t.kiosk.helpDefault}</p>
        </ModalDialog>
      )}
    </>
  );
}
