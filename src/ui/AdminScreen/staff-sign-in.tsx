// The way into the staff console: the staff PIN, or, on a terminal whose local PINs are not set yet, the set-up code first.
import { useEffect, useState } from 'preact/hooks';
import { newPinProblem, readLocalPin, storeLocalPin, unsetLocalRoles } from '../../kiosk/local-pins.ts';
import type { PinRole } from '../../kiosk/pin.ts';
import { useStrings } from '../i18n/index.ts';
import { NewPinForm } from '../NewPinForm/index.tsx';
import { PinPad } from '../PinPad/index.tsx';
import { useServices } from '../services.ts';
import styles from './style.module.css';

type Phase = { name: 'reading' } | { name: 'pin' } | { name: 'setup-code' } | { name: 'new-pins'; roles: PinRole[] };

/**
 * A local staff PIN is first set by whoever knows the set-up code (its hash is in the config; it opens nothing once a
 * staff PIN is stored), not by whoever reaches the terminal first: the staff gesture is no secret in a public hall.
 * Wrong set-up codes count against the staff PIN's lockout.
 */
export function StaffSignIn({ onSuccess }: { onSuccess: () => void }) {
  const t = useStrings();
  const { config } = useServices();
  const local = config.staffPin === 'local';
  const [phase, setPhase] = useState<Phase>(local ? { name: 'reading' } : { name: 'pin' });

  useEffect(() => {
    if (local) void readLocalPin('staff').then((pin) => setPhase(pin ? { name: 'pin' } : { name: 'setup-code' }));
  }, [local]);

  if (phase.name === 'reading') return null;
  if (phase.name === 'pin')
    return <PinPad role="staff" expected={config.staffPin} title={t.admin.enterPin} onSuccess={onSuccess} />;
  if (phase.name === 'setup-code')
    return (
      <>
        <p class={styles.setupHint}>{t.localPin.setupHint}</p>
        <PinPad
          role="staff"
          expected={config.pinSetupCode ?? 'local'}
          title={t.localPin.enterSetupCode}
          onSuccess={() => void unsetLocalRoles(config).then((roles) => setPhase({ name: 'new-pins', roles }))}
        />
      </>
    );

  const [role, ...after] = phase.roles;
  if (!role) return null;
  const submit = async (pin: string): Promise<string | null> => {
    const problem = await newPinProblem(role, pin, config);
    if (problem) return t.localPin.problems[problem];
    if (!(await storeLocalPin(role, pin, { firstSetUp: true }))) return t.localPin.problems.taken;
    if (after.length) setPhase({ name: 'new-pins', roles: after });
    else onSuccess();
    return null;
  };
  return <NewPinForm key={role} roleName={t.localPin.roles[role]} onSubmit={submit} />;
}
