// The self-service page allowance of one resident session: what a job costs, whether it fits, and what is left.

export type PrintRole = 'resident' | 'attendant';

export type AllowanceCheck = { ok: true } | { ok: false; remaining: number; needed: number };

/** Sheets a job puts out: every chosen page, once per copy. */
export function sheetsOf(pages: number, copies: number): number {
  return Math.max(0, pages) * Math.max(1, copies);
}

export interface AllowanceCharge {
  role: PrintRole;
  sheets: number;
  session: number;
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

  // Which resident's allowance this is: a refund for a job of a wiped session must not go to the next resident.
  private session = 0;

  /**
   * Counts a job that was sent to the printer; a job that failed to start is never recorded. Returns what `giveBack`
   * needs if the printer later says the job did not come out.
   */
  record(role: PrintRole, sheets: number): AllowanceCharge {
    if (role === 'resident') this.used += sheets;
    return { role, sheets, session: this.session };
  }

  /** CUPS aborted or cancelled the job: the resident who sent it has those sheets again. */
  giveBack(charge: AllowanceCharge): void {
    if (charge.role === 'resident' && charge.session === this.session)
      this.used = Math.max(0, this.used - charge.sheets);
  }

  /** A new resident session (the idle wipe, a restart) starts with the whole allowance. */
  reset(): void {
    this.used = 0;
    this.session++;
  }
}
