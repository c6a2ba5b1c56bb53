// How long a resident may stay quiet before the idle warning, and how long the warning counts down: longer in 适老化 mode.
import type { KioskConfig } from './config-schema.ts';
import type { IdleLimits } from './idle-timer.ts';

/** No time limit a resident meets is shorter than this (适老化 rules, WCAG 2.2.1). */
export const MIN_WARNING_SECONDS = 20;
/** In 适老化 mode: reading and finding the button take longer, so the quiet spell grows by half and the countdown is at least a minute. */
export const ELDER_IDLE_FACTOR = 1.5;
export const ELDER_WARNING_SECONDS = 60;

type Timings = Pick<KioskConfig, 'idleSeconds' | 'docIdleSeconds' | 'idleWarningSeconds'>;

export function sessionLimits(
  config: Timings,
  { readingDocument, elderMode }: { readingDocument: boolean; elderMode: boolean },
): IdleLimits {
  const idle = readingDocument ? config.docIdleSeconds : config.idleSeconds;
  const warning = Math.max(MIN_WARNING_SECONDS, config.idleWarningSeconds);
  return {
    idleMs: 1000 * (elderMode ? idle * ELDER_IDLE_FACTOR : idle),
    warningMs: 1000 * (elderMode ? Math.max(ELDER_WARNING_SECONDS, warning) : warning),
  };
}
