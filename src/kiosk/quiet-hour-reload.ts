// A second line of defence for a terminal that runs for months: the page reloads itself on the board at a quiet hour.
import { setSafeInterval } from '../shared/safe-timeout.ts';
import { CHINA_OFFSET_MS } from '../shared/usage-figures.ts';

/** 02:00 to 05:00, China time: reading points are closed, and a reload then disturbs nobody. */
const QUIET_FROM_HOUR = 2;
const QUIET_TO_HOUR = 5;
/** A page younger than this is fresh enough: a terminal started in the evening is not reloaded the same night. */
const MIN_AGE_MS = 6 * 60 * 60_000;
const CHECK_EVERY_MS = 60_000;

/** Whether a page loaded at `loadedAt` should reload at `now`: old enough, and within the quiet hours. */
export function quietReloadDue(loadedAt: number, now: number): boolean {
  const hour = new Date(now + CHINA_OFFSET_MS).getUTCHours();
  return now - loadedAt >= MIN_AGE_MS && hour >= QUIET_FROM_HOUR && hour < QUIET_TO_HOUR;
}

/** When the page's code first ran; Date, not performance.timeOrigin, so a test's fake clock moves it too. */
const loadedAt = Date.now();

/** While the board shows (nobody is reading): reloads once the quiet hour has come. Returns the stop. */
export function reloadAtQuietHour(reload: () => void = () => location.reload()): () => void {
  const check = () => quietReloadDue(loadedAt, Date.now()) && reload();
  check();
  return setSafeInterval(check, CHECK_EVERY_MS);
}
