// Timers whose delay comes from config or arithmetic: a delay past 2^31-1 ms fires at once in browsers, so long ones are chained.

/** setTimeout's ceiling: a longer delay overflows the 32-bit count and fires at once (about 24.8 days). */
export const MAX_TIMER_DELAY_MS = 2 ** 31 - 1;

/** Stops the timer; calling it again does nothing. */
export type CancelTimer = () => void;

/** A delay the browser takes as meant: NaN and negatives are 0 (at once), as setTimeout treats them. */
function asDelay(ms: number): number {
  return Number.isNaN(ms) || ms < 0 ? 0 : ms;
}

/** Runs `run` once after `delayMs`, however long: a delay past the ceiling waits in steps of at most the ceiling. */
export function setSafeTimeout(run: () => void, delayMs: number): CancelTimer {
  let handle: ReturnType<typeof setTimeout> | undefined;
  const wait = (left: number) => {
    const step = Math.min(left, MAX_TIMER_DELAY_MS);
    handle = setTimeout(() => (left > step ? wait(left - step) : run()), step);
  };
  wait(asDelay(delayMs));
  return () => clearTimeout(handle);
}

/** Runs `run` every `everyMs`, however long: an interval past the ceiling is a chain of safe timeouts. */
export function setSafeInterval(run: () => void, everyMs: number): CancelTimer {
  const every = asDelay(everyMs);
  if (every <= MAX_TIMER_DELAY_MS) {
    const handle = setInterval(run, every);
    return () => clearInterval(handle);
  }
  let cancel: CancelTimer = () => undefined;
  let stopped = false;
  const next = () => {
    cancel = setSafeTimeout(() => {
      if (stopped) return;
      next();
      run();
    }, every);
  };
  next();
  return () => {
    stopped = true;
    cancel();
  };
}
