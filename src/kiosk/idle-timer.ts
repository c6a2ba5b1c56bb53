// Watches for touches and keys: after a quiet spell it warns with a countdown, then ends the resident's session.

export type IdleState = { phase: 'active' } | { phase: 'warning'; secondsLeft: number };

export interface IdleLimits {
  /** Quiet time before the warning, in ms. */
  idleMs: number;
  /** The warning's countdown, in ms. */
  warningMs: number;
}

interface Options {
  /** Asked each time the timer is armed: the limits depend on the screen (longer while a document is open). */
  limits: () => IdleLimits;
  onChange: (state: IdleState) => void;
  /** The countdown ran out: wipe the session. The timer then sleeps until the next touch. */
  onExpire: () => void;
  /** Where touches and keys are heard: the window, or a test's own target. */
  target?: EventTarget;
}

import { setSafeTimeout, type CancelTimer } from '../shared/safe-timeout.ts';

// Any of these is a person at the terminal. Captured, so a handler that stops propagation cannot hide it.
const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
const TICK_MS = 1000;

/**
 * One timestamp per touch and one timer re-armed only when it fires: thousands of touches cost no timer churn.
 * Times come from Date.now and setTimeout, so a test's fake clock drives it like the real one.
 */
export class IdleTimer {
  private lastActivity = Date.now();
  /** Cancels the pending timer; undefined when none is pending. */
  private timer: CancelTimer | undefined;
  /** When the pending timer fires (Date.now time). */
  private due = 0;
  private state: IdleState = { phase: 'active' };
  private asleep = false;
  private readonly onActivity = () => this.activity();

  constructor(private readonly options: Options) {}

  start(): void {
    const target = this.options.target ?? window;
    for (const type of ACTIVITY) target.addEventListener(type, this.onActivity, { capture: true, passive: true });
    this.lastActivity = Date.now();
    this.arm(this.options.limits().idleMs);
  }

  stop(): void {
    const target = this.options.target ?? window;
    for (const type of ACTIVITY) target.removeEventListener(type, this.onActivity, { capture: true });
    this.timer?.();
    this.timer = undefined;
  }

  /** A touch: the countdown, if any, is called off. */
  activity(): void {
    this.lastActivity = Date.now();
    if (this.state.phase === 'warning') this.set({ phase: 'active' });
    if (this.asleep || this.state.phase === 'active') {
      this.asleep = false;
      // Re-armed only when none is pending or the screen's quiet spell is now shorter than the pending one (a
      // document's long spell, then back to a list): a touch usually costs no timer churn.
      const idleMs = this.options.limits().idleMs;
      if (this.timer === undefined || this.lastActivity + idleMs < this.due) this.arm(idleMs);
    }
  }

  private arm(ms: number) {
    this.timer?.();
    this.due = Date.now() + Math.max(0, ms);
    // A safe timer: a config's hour-long spell is fine, but one past 2^31-1 ms re-armed every few ms.
    this.timer = setSafeTimeout(
      () => {
        this.timer = undefined;
        this.check();
      },
      Math.max(0, ms),
    );
  }

  private check() {
    const { idleMs, warningMs } = this.options.limits();
    const quiet = Date.now() - this.lastActivity;
    if (quiet < idleMs) {
      if (this.state.phase === 'warning') this.set({ phase: 'active' });
      return this.arm(idleMs - quiet);
    }
    const left = idleMs + warningMs - quiet;
    if (left <= 0) {
      this.set({ phase: 'active' });
      this.asleep = true;
      this.options.onExpire();
      return;
    }
    this.set({ phase: 'warning', secondsLeft: Math.ceil(left / 1000) });
    this.arm(Math.min(TICK_MS, left - (Math.ceil(left / 1000) - 1) * 1000));
  }

  private set(state: IdleState) {
    this.state = state;
    this.options.onChange(state);
  }
}
