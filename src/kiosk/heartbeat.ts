// The daily heartbeat to `heartbeatUrl`: status and the day's counts, queued in IndexedDB while offline, retried with back-off.
import type { QueuedHeartbeat } from '../storage/db.ts';
import { readSetting, writeSetting } from '../storage/settings.ts';
import { queuedHeartbeats, queueHeartbeat, readUsageDay, removeHeartbeat, updateHeartbeat } from '../storage/usage.ts';
import { addDays, chinaDay, totalsOf, type FigureTotals } from '../shared/usage-figures.ts';
import { setSafeTimeout, type CancelTimer } from '../shared/safe-timeout.ts';

/** What the app knows about itself, given by the composition root (content and updates live outside this room). */
export interface HeartbeatStatus {
  site: string;
  siteKey: string;
  appVersion: string;
  content: { version: number; created: string; documents: number };
  lastUpdate: { time: string; result: string; version?: number; code?: string } | null;
  /** The printer as the terminal's local server saw it when the heartbeat was made; null where nobody can tell. */
  printer: { printer: string | null; state: string; reasons: string[]; checked: string } | null;
}

/** The JSON a county's endpoint receives (README, "Heartbeat"). */
export interface HeartbeatBody extends HeartbeatStatus {
  format: 'chayue-heartbeat/1';
  /** Unique per heartbeat: a retried one that did arrive before can be recognised and dropped. */
  id: string;
  time: string;
  storage: { usage: number | null; quota: number | null; persisted: boolean };
  day: string;
  counts: FigureTotals;
  previousDay: { day: string; counts: FigureTotals };
}

const FIRST_DELAY_MS = 60_000;
const CHECK_EVERY_MS = 60 * 60_000;
const LAST_DAY_KEY = 'heartbeatLastDay';
const BACKOFF_BASE_MS = 30_000;
const BACKOFF_MAX_MS = 6 * 3600_000;
// A county endpoint that hangs must not keep a request open for minutes.
const SEND_TIMEOUT_MS = 20_000;

/** Wait before the next try after `attempts` failures: 30 s, 1 min, 2 min … at most 6 h. */
export function backoffMs(attempts: number): number {
  return Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1));
}

async function storageStatus(): Promise<HeartbeatBody['storage']> {
  const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
  const persisted = (await navigator.storage?.persisted?.().catch(() => false)) ?? false;
  return { usage: estimate?.usage ?? null, quota: estimate?.quota ?? null, persisted };
}

export type SendResult = 'sent' | 'queued';

export class Heartbeat {
  private cancelRetry: CancelTimer | undefined;
  private flushing: Promise<SendResult> | null = null;

  /** `flushUsage` writes the counts still queued, so the day's figures include the latest touch. */
  constructor(
    private readonly url: string,
    private readonly status: () => Promise<HeartbeatStatus>,
    private readonly flushUsage: () => Promise<void>,
  ) {}

  /** The daily round: soon after start, then hourly a check whether today's heartbeat is still to go; sends when back online. */
  start(): void {
    const round = () => void this.dailyRound().catch((e: unknown) => console.error('heartbeat', e));
    setTimeout(round, FIRST_DELAY_MS);
    setInterval(round, CHECK_EVERY_MS);
    window.addEventListener('online', () => void this.flush());
  }

  /** Queues a heartbeat now and tries to send everything queued (the console's "send status now"). */
  async sendNow(): Promise<SendResult> {
    await this.enqueue();
    return this.flush();
  }

  async queued(): Promise<number> {
    return (await queuedHeartbeats()).length;
  }

  private async dailyRound() {
    const today = chinaDay(Date.now());
    if ((await readSetting(LAST_DAY_KEY)) !== today) await this.enqueue();
    await this.flush();
  }

  private async enqueue() {
    await this.flushUsage();
    const now = Date.now();
    const day = chinaDay(now);
    const yesterday = addDays(day, -1);
    const body: HeartbeatBody = {
      format: 'chayue-heartbeat/1',
      id: heartbeatId(now),
      time: new Date(now).toISOString(),
      ...(await this.status()),
      storage: await storageStatus(),
      day,
      counts: totalsOf(await readUsageDay(day)),
      previousDay: { day: yesterday, counts: totalsOf(await readUsageDay(yesterday)) },
    };
    await queueHeartbeat({ day, body: JSON.stringify(body), attempts: 0, notBefore: 0 });
    await writeSetting(LAST_DAY_KEY, day);
  }

  /** Sends the queue oldest first; stops at the first failure and tries again after its back-off. */
  flush(): Promise<SendResult> {
    this.flushing ??= this.sendQueued().finally(() => (this.flushing = null));
    return this.flushing;
  }

  private async sendQueued(): Promise<SendResult> {
    this.cancelRetry?.();
    for (const entry of await queuedHeartbeats()) {
      // Offline: nothing to try now. The browser's online event sends the queue; the timer is for a browser that misses it.
      if (navigator.onLine === false)
        return this.later({ ...entry, notBefore: Date.now() + backoffMs(entry.attempts + 1) });
      if (!(await this.post(entry))) {
        const failed: QueuedHeartbeat = {
          ...entry,
          attempts: entry.attempts + 1,
          notBefore: Date.now() + backoffMs(entry.attempts + 1),
        };
        await updateHeartbeat(failed);
        return this.later(failed);
      }
      await removeHeartbeat(entry.id!);
    }
    return 'sent';
  }

  private later(entry: QueuedHeartbeat): SendResult {
    // At most one back-off away: a clock set back after the entry was queued would put `notBefore` weeks ahead.
    const wait = Math.min(BACKOFF_MAX_MS, Math.max(1000, entry.notBefore - Date.now()));
    this.cancelRetry = setSafeTimeout(() => void this.flush(), wait);
    return 'queued';
  }

  private async post(entry: QueuedHeartbeat): Promise<boolean> {
    try {
      const response = await fetch(this.url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: entry.body,
        signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
        cache: 'no-store',
      });
      return response.ok;
    } catch {
      // Offline, refused or timed out: the entry stays queued; its attempts say how often.
      return false;
    }
  }
}

/** A unique id for one heartbeat: randomUUID arrived in Chromium 92, above the floor (DESIGN: Where it runs). */
function heartbeatId(now: number): string {
  if ('randomUUID' in crypto) return crypto.randomUUID();
  return `${now}-${Math.random()}`;
}
