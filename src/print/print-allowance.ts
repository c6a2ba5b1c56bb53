// The self-service page allowance of one resident session: what a job costs, whether it fits, and what is left.

export type PrintRole = 'resident' | 'attendant';

export type AllowanceCheck = { ok: true } | { ok: false; remaining: number; needed: number };

/** Sheets a job puts out: every chosen page, once per copy. */
export function sheetsOf(pages: number, copies: number): number {
  return Math.max(0, pages) * Math.max(1, copies);
}

export class PrintAllowance {
  private used = 0;

  constructor(readonly limit: number) {}

  get remaining(): number {
    return Math.max(0, this.limit - this.used);
  }

  /** Attendants print past the limit; a resident's job must fit in what is left, whole. */
  check(role: PrintRole, sheets: number): AllowanceCheck {
    if (role === 'attendant' || sheets <= this.remaining) return { ok: true };
    return { ok: false, remaining: this.remaining, needed: sheets };
  }

  /** Counts a job that was sent to the printer; a job that failed to start is never recorded. */
  record(role: PrintRole, sheets: number): void {
    if (role === 'resident') this.used += sheets;
  }

  /** A new resident session (the idle wipe, a restart) starts with the whole allowance. */
  reset(): void {
    this.used = 0;
  }
}
