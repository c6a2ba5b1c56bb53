// Records usage figures for the annual report: screens call `recordUsage`, writes are batched so a touch never waits on IndexedDB.
import { chinaDay, type DayFigures, type TimedUsageEvent, type UsageEvent } from '../shared/usage-figures.ts';
import { addUsageEvents, firstUsageDay, readUsage, readUsageDay } from '../storage/usage.ts';
import { onSessionEnd } from './session.ts';

export type { DayFigures, UsageEvent };

// One write a second at most: a resident typing a query or paging through a document costs one transaction, not dozens.
const FLUSH_DELAY_MS = 1000;

let queue: TimedUsageEvent[] = [];
let timer: ReturnType<typeof setTimeout> | undefined;
let writing: Promise<void> = Promise.resolve();

/** Counts one thing a resident did; returns at once, the write follows within a second. */
export function recordUsage(event: UsageEvent): void {
  queue.push({ time: Date.now(), event });
  timer ??= setTimeout(() => void flushUsage(), FLUSH_DELAY_MS);
}

/** Writes what is queued now (the console and the export call it first, so they show the latest touch). */
export function flushUsage(): Promise<void> {
  clearTimeout(timer);
  timer = undefined;
  const batch = queue;
  queue = [];
  writing = writing
    .then(() => addUsageEvents(batch))
    .catch((e: unknown) => console.error('usage figures not written', e));
  return writing;
}

/** Routes whose touches are staff work, not a resident's session. */
const STAFF_ROUTES = /^#\/(admin|attendant)\b/;

/**
 * Counts sessions: the first touch after start or after the idle wipe opens one (a touch on the board included, since
 * it starts the resident's use); `isStaffTouch` leaves out the staff gesture's corner. Also writes the queue out when the page goes away.
 */
export function startUsageRecording({
  isStaffTouch = () => false,
}: { isStaffTouch?: (e: PointerEvent) => boolean } = {}): void {
  let inSession = false;
  window.addEventListener(
    'pointerdown',
    (e) => {
      if (inSession || STAFF_ROUTES.test(location.hash) || isStaffTouch(e)) return;
      inSession = true;
      recordUsage({ kind: 'session' });
    },
    { capture: true, passive: true },
  );
  onSessionEnd(() => {
    inSession = false;
  });
  window.addEventListener('pagehide', () => void flushUsage());
}

export async function usageBetween(from: string, to: string): Promise<DayFigures[]> {
  await flushUsage();
  return readUsage(from, to);
}

export async function usageToday(now = Date.now()): Promise<DayFigures> {
  await flushUsage();
  return readUsageDay(chinaDay(now));
}

export { firstUsageDay, chinaDay };
