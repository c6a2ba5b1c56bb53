// The banner in every screen's header that says the next print is the attendant's (not the resident's allowance), and
// ends it: a permission nobody sees is one the next resident inherits. Home and the board end it, so never show it.
import { useEffect, useState } from 'preact/hooks';
import type { AttendantHandOff } from '../../print/attendant-print.ts';
import { useStrings } from '../i18n/index.ts';
import { useServices } from '../services.ts';
import { TouchButton } from '../TouchButton/index.tsx';
import styles from './style.module.css';

/** Whole minutes left, rounded up; null when there is no permission. */
function minutesLeft(handOff: AttendantHandOff): number | null {
  return handOff.current() ? Math.max(1, Math.ceil(handOff.remainingMs() / 60_000)) : null;
}

function useHandOffMinutes(handOff: AttendantHandOff): number | null {
  const [minutes, setMinutes] = useState(() => minutesLeft(handOff));
  useEffect(() => {
    const update = () => setMinutes(minutesLeft(handOff));
    update();
    const stop = handOff.subscribe(update);
    const tick = setInterval(update, 10_000);
    return () => {
      stop();
      clearInterval(tick);
    };
  }, [handOff]);
  return minutes;
}

export function AttendantBanner() {
  const t = useStrings();
  const { session } = useServices();
  const minutes = useHandOffMinutes(session.attendantPrint);
  if (minutes === null) return null;
  return (
    <div class={styles.banner} role="status" data-testid="attendant-banner">
      <p class={styles.text}>{t.attendant.banner(minutes)}</p>
      <TouchButton onClick={() => session.attendantPrint.cancel()}>{t.attendant.bannerEnd}</TouchButton>
    </div>
  );
}
