// Usage figures and the heartbeat queue in IndexedDB: batched counter writes, the 400-day roll-up, reads by date range.
import {
  chinaDay,
  countEvent,
  emptyDay,
  firstKeptDay,
  rollUp,
  SUMMED_DAY,
  type DayFigures,
  type TimedUsageEvent,
} from '../shared/usage-figures.ts';
import { openChayueDB, type QueuedHeartbeat } from './db.ts';

/** Adds a batch of events to their days in one transaction; days past the keeping period are summed on the way. */
export async function addUsageEvents(events: readonly TimedUsageEvent[], now = Date.now()): Promise<void> {
  if (!events.length) return;
  const db = await openChayueDB();
  const tx = db.transaction('usage', 'readwrite');
  const byDay = new Map<string, DayFigures>();
  for (const { time, event } of events) {
    const day = chinaDay(time);
    let figures = byDay.get(day);
    if (!figures) {
      figures = (await tx.store.get(day)) ?? emptyDay(day);
      byDay.set(day, figures);
    }
    countEvent(figures, event);
  }
  for (const figures of byDay.values()) await tx.store.put(figures);
  // Keys sort digits before letters, so the first key is the oldest day and `summed` comes last.
  const [oldest] = await tx.store.getAllKeys(undefined, 1);
  const today = chinaDay(now);
  if (oldest && oldest !== SUMMED_DAY && oldest < firstKeptDay(today)) {
    const all = await tx.store.getAll();
    const result = rollUp(
      all,
      today,
      all.find((d) => d.day === SUMMED_DAY),
    );
    for (const day of result.dropped) await tx.store.delete(day);
    if (result.summed) await tx.store.put(result.summed);
  }
  await tx.done;
}

/** Day records from `from` to `to` (inclusive, `YYYY-MM-DD`), and the summed record when the range reaches back into it. */
export async function readUsage(from: string, to: string): Promise<DayFigures[]> {
  const db = await openChayueDB();
  const days = await db.getAll('usage', IDBKeyRange.bound(from, to));
  const summed = await db.get('usage', SUMMED_DAY);
  // The summed record has no days inside it any more: it comes whole when the range reaches into it.
  if (summed?.lastDay && summed.lastDay >= from && (summed.firstDay ?? '') <= to) days.unshift(summed);
  return days;
}

export async function readUsageDay(day: string): Promise<DayFigures> {
  const db = await openChayueDB();
  return (await db.get('usage', day)) ?? emptyDay(day);
}

/** The earliest day with figures, or undefined when nothing was counted yet. */
export async function firstUsageDay(): Promise<string | undefined> {
  const db = await openChayueDB();
  const summed = await db.get('usage', SUMMED_DAY);
  if (summed?.firstDay) return summed.firstDay;
  const [first] = await db.getAllKeys('usage', undefined, 1);
  return first === SUMMED_DAY ? undefined : first;
}

// About a month of daily heartbeats: a terminal offline longer keeps the newest.
const KEEP_HEARTBEATS = 31;

export async function queueHeartbeat(entry: Omit<QueuedHeartbeat, 'id'>): Promise<void> {
  const db = await openChayueDB();
  const tx = db.transaction('heartbeats', 'readwrite');
  await tx.store.add(entry);
  const keys = await tx.store.getAllKeys();
  for (const key of keys.slice(0, Math.max(0, keys.length - KEEP_HEARTBEATS))) await tx.store.delete(key);
  await tx.done;
}

export async function queuedHeartbeats(): Promise<QueuedHeartbeat[]> {
  const db = await openChayueDB();
  return db.getAll('heartbeats');
}

export async function removeHeartbeat(id: number): Promise<void> {
  const db = await openChayueDB();
  await db.delete('heartbeats', id);
}

export async function updateHeartbeat(entry: QueuedHeartbeat): Promise<void> {
  const db = await openChayueDB();
  await db.put('heartbeats', entry);
}
