// The console's "change PINs" panel: PINs the config leaves to the terminal are set again here, behind the staff PIN.
import { useEffect, useState } from 'preact/hooks';
import { localRoles, newPinProblem, readLocalPin, storeLocalPin, type LocalPin } from '../../kiosk/local-pins.ts';
import type { PinRole } from '../../kiosk/pin.ts';
import { formatTime, useStrings } from '../i18n/index.ts';
import { NewPinForm } from '../NewPinForm/index.tsx';
import { useServices } from '../services.ts';
import { TouchButton } from '../TouchButton/index.tsx';
import styles from './style.module.css';

export function PinChangePanel({ say }: { say: (text: string) => void }) {
  const t = useStrings();
  const { config } = useServices();
  const roles = localRoles(config);
  const [stored, setStored] = useState<Partial<Record<PinRole, LocalPin>>>({});
  const [editing, setEditing] = useState<PinRole | null>(null);
  const [readKey, setReadKey] = useState(0);

  useEffect(() => {
    void Promise.all([readLocalPin('staff'), readLocalPin('attendant')]).then(([staff, attendant]) =>
      setStored({ staff, attendant }),
    );
  }, [readKey]);

  const submit = (role: PinRole) => async (pin: string) => {
    const problem = await newPinProblem(role, pin, config);
    if (problem) return t.localPin.problems[problem];
    await storeLocalPin(role, pin);
    setEditing(null);
    setReadKey((k) => k + 1);
    say(t.localPin.saved(t.localPin.roles[role]));
    return null;
  };

  return (
    <section data-testid="pin-change">
      <h2 class={styles.heading}>{t.localPin.panelTitle}</h2>
      {roles.length === 0 && <p>{t.localPin.fromConfig}</p>}
      {roles.map((role) => {
        const name = t.localPin.roles[role];
        const setAt = stored[role]?.setAt;
        return (
          <p key={role} data-testid={`pin-state-${role}`} data-set={setAt ? 'yes' : 'no'}>
            {setAt ? t.localPin.setAt(name, formatTime(setAt, t.locale)) : t.localPin.notSet(name)}
          </p>
        );
      })}
      {editing ? (
        <NewPinForm
          key={editing}
          roleName={t.localPin.roles[editing]}
          onSubmit={submit(editing)}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <div class={styles.actions}>
          {roles.map((role) => (
            <TouchButton key={role} testId={`pin-change-${role}`} onClick={() => setEditing(role)}>
              {t.localPin.change(t.localPin.roles[role])}
            </TouchButton>
          ))}
        </div>
      )}
    </section>
  );
}
