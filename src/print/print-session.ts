// The resident session's print allowance: one per session, kept in memory so a restart or the idle wipe starts afresh.
import { PrintAllowance } from './print-allowance.ts';

let current: PrintAllowance | undefined;

export function sessionAllowance(limit: number): PrintAllowance {
  if (!current || current.limit !== limit) current = new PrintAllowance(limit);
  return current;
}

/** Ends the resident session's printing: the idle wipe calls this, so the next resident gets the whole allowance. */
export function endPrintSession(): void {
  current?.reset();
}
