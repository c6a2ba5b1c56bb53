// An attendant's print started at the attendant desk: the next print dialog opens in the attendant's role, once, and
// only while the attendant's flow lasts (a few minutes, until Home or the board).

export interface AttendantPrint {
  /** Only this document's dialog takes it; undefined: the next document the attendant opens. */
  docId?: string;
  /** The pages of a logged job to print again, e.g. "3-5"; undefined: the dialog's usual choice. */
  pages?: string;
}

/** How long the desk's permission waits for its print dialog: time to find a document, not to leave the terminal. */
export const ATTENDANT_HANDOFF_MS = 5 * 60_000;

export interface HandOffClock {
  /** A monotonic clock (performance.now): a clock set back or forward never lengthens the permission. */
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const pageClock: HandOffClock = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** The hand-off between the desk, the document screen and the print dialog; one per resident session. */
export class AttendantHandOff {
  private pending: (AttendantPrint & { until: number }) | undefined;
  private expiry: unknown;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly clock: HandOffClock = pageClock) {}

  /** Set from the desk, behind the attendant PIN; ends by itself after ATTENDANT_HANDOFF_MS. */
  start(print: AttendantPrint): void {
    this.clear();
    this.pending = { ...print, until: this.clock.now() + ATTENDANT_HANDOFF_MS };
    this.expiry = this.clock.setTimeout(() => this.cancel(), ATTENDANT_HANDOFF_MS);
    this.changed();
  }

  /** The permission while it lasts (for the banner that says so), else undefined. */
  current(): AttendantPrint | undefined {
    if (this.pending && this.clock.now() >= this.pending.until) this.cancel();
    return this.pending && { docId: this.pending.docId, pages: this.pending.pages };
  }

  /** Milliseconds the permission has left, 0 when there is none. */
  remainingMs(): number {
    return this.current() && this.pending ? Math.max(0, this.pending.until - this.clock.now()) : 0;
  }

  /** Taken by the print dialog of `docId` as it opens: after that one job, printing is the resident's again. */
  take(docId: string): AttendantPrint | undefined {
    const pending = this.current();
    if (!pending || (pending.docId !== undefined && pending.docId !== docId)) return undefined;
    this.cancel();
    return pending;
  }

  /** Whether a document's screen should open its print dialog at once (a re-print from the desk). */
  waiting(docId: string): boolean {
    return this.current()?.docId === docId;
  }

  /** The flow's end (Home, the board, the banner's button, the idle wipe): the permission never passes on. */
  cancel(): void {
    if (!this.pending) return;
    this.clear();
    this.changed();
  }

  /** Called on every start and end; returns a function that stops. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private clear() {
    if (this.expiry !== undefined) this.clock.clearTimeout(this.expiry);
    this.expiry = undefined;
    this.pending = undefined;
  }

  private changed() {
    for (const listener of this.listeners) listener();
  }
}
