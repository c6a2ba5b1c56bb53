// Records usage figures for the annual report: screens count through the session's recorder, writes are batched so a touch never waits on IndexedDB.
import { chinaDay, type DayFigures, type TimedUsageEvent, type UsageEvent } from '../shared/usage-figures.ts';
import { addUsageEvents, readUsage, readUsageDay } from '../storage/usage.ts';

// One write a second at most: a resident typing a query or paging through a document costs one transaction, not dozens.
const FLUSH_DELAY_MS = 1000;

/** Routes whose touches are staff work, not a resident's session. */
const STAFF_ROUTES = /^#\/(admin|attendant)\b/;

export class UsageRecorder {
  private queue: TimedUsageEvent[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private writing: Promise<void> = Promise.resolve();
  // Whether this resident's session has been counted: the first touch after start or after the idle wipe counts it.
  private inSession = false;
  // Kept across the search screen's remounts: back from a document to the same results is not a new search.
  private lastSearch = '';

  /** `write` stores a batch; IndexedDB unless a test gives its own. */
  constructor(private readonly write: (events: TimedUsageEvent[]) => Promise<unknown> = addUsageEvents) {}

  /** Counts one thing a resident did; returns at once, the write follows within a second. */
  record(event: UsageEvent): void {
    this.queue.push({ time: Date.now(), event });
    this.timer ??= setTimeout(() => void this.flush(), FLUSH_DELAY_MS);
  }

  /** Counts a query the resident settled on, once: the same query again in this session is not a new search. */
  recordSearch(query: string, results: number): void {
    if (query === this.lastSearch) return;
    this.lastSearch = query;
    this.record({ kind: 'search', query, results });
  }

  /**
   * A touch anywhere: the first one of a session counts it (a touch on the board included, since it starts the
   * resident's use); staff routes and the staff gesture's corner (`staff`) do not.
   */
  touched(hash: string, staff: boolean): void {
    if (this.inSession || STAFF_ROUTES.test(hash) || staff) return;
    this.inSession = true;
    this.record({ kind: 'session' });
  }

  /** Writes what is queued now (the console and the export call it first, so they show the latest touch). */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.queue;
    this.queue = [];
    if (batch.length === 0) return this.writing;
    this.writing = this.writing
      .then(() => this.write(batch))
      .then(() => undefined)
      .catch((e: unknown) => console.error('usage figures not written', e));
    return this.writing;
  }

  /** The idle wipe: what was counted is written, and the next touch opens a new session with searches of its own. */
  endSession(): void {
    this.inSession = false;
    this.lastSearch = '';
    void this.flush();
  }

  async between(from: string, to: string): Promise<DayFigures[]> {
    await this.flush();
    return readUsage(from, to);
  }

  async today(now = Date.now()): Promise<DayFigures> {
    await this.flush();
    return readUsageDay(chinaDay(now));
  }
}
