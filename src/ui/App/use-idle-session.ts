// The resident's session as the screens see it: the idle countdown, and a fresh start on the board when it runs out.
import { useEffect, useRef, useState } from 'preact/hooks';
import { IdleTimer } from '../../kiosk/idle-timer.ts';
import { sessionLimits } from '../../kiosk/session-limits.ts';
import type { KioskConfig } from '../../kiosk/config-schema.ts';
import type { ResidentSession } from '../resident-session.ts';
import { parseRoute } from '../routes.ts';
import { useLatest } from '../use-latest.ts';

export interface IdleSession {
  /** Seconds left on the countdown, or null when no warning shows. */
  warning: number | null;
  /** Bumped at each wipe: screens keyed on it start with none of their old state. */
  session: number;
  keepGoing: () => void;
}

const onBoard = () => parseRoute(location.hash).name === 'board';

export function useIdleSession(config: KioskConfig, resident: ResidentSession, elderMode: boolean): IdleSession {
  const [warning, setWarning] = useState<number | null>(null);
  const [session, setSession] = useState(0);
  const timer = useRef<IdleTimer | null>(null);
  // Read when the timer arms, so switching 适老化 mode on gives more time from the next touch on.
  const elder = useLatest(elderMode);
  useEffect(() => {
    const idle = new IdleTimer({
      limits: () =>
        sessionLimits(config, { readingDocument: parseRoute(location.hash).name === 'doc', elderMode: elder.current }),
      // The board is the idle state itself: it neither warns nor wipes.
      onChange: (state) => setWarning(state.phase === 'warning' && !onBoard() ? state.secondsLeft : null),
      onExpire: () => {
        if (onBoard()) return;
        // The wipe's last step lands on the board.
        resident.end();
        setSession((n) => n + 1);
      },
    });
    timer.current = idle;
    idle.start();
    return () => idle.stop();
  }, [config, resident, elder]);
  return { warning, session, keepGoing: () => timer.current?.activity() };
}
