// The one timer that looks for updates: new content and a new app version, together, soon after start and then every
// `updateIntervalMinutes`.

export interface UpdateCheck {
  /** Said in the log when the check fails. */
  name: string;
  run(): unknown;
}

export interface ScheduleOptions {
  intervalMinutes: number;
  /** Not at once: start-up belongs to the resident's first tap. */
  firstRoundAfterMs?: number;
  /** An offline terminal skips the round instead of waiting for fetches to fail. */
  online?: () => boolean;
}

import { setSafeInterval, setSafeTimeout } from '../shared/safe-timeout.ts';

export const FIRST_ROUND_AFTER_MS = 10_000;
const browserOnline = () => typeof navigator === 'undefined' || navigator.onLine !== false;

/** Runs every check in each round; one that throws or rejects is logged and the others still run. Returns a stop. */
export function startUpdateSchedule(
  checks: readonly UpdateCheck[],
  { intervalMinutes, firstRoundAfterMs = FIRST_ROUND_AFTER_MS, online = browserOnline }: ScheduleOptions,
): () => void {
  const failed = (check: UpdateCheck) => (e: unknown) => console.error(`update check "${check.name}" failed`, e);
  const round = () => {
    if (!online()) return;
    for (const check of checks) {
      try {
        void Promise.resolve(check.run()).catch(failed(check));
      } catch (e) {
        failed(check)(e);
      }
    }
  };
  // Safe timers: a month's interval overflowed setInterval and asked for the manifest every millisecond.
  const stopFirst = setSafeTimeout(round, firstRoundAfterMs);
  const stopEvery = setSafeInterval(round, intervalMinutes * 60_000);
  return () => {
    stopFirst();
    stopEvery();
  };
}
