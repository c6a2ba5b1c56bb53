// After a job went to CUPS: follow it to its end, give a resident's sheets back when none came out, and log the end.
import type { PrinterLink } from './local-printer.ts';
import type { AllowanceCharge, PrintAllowance } from './print-allowance.ts';
import { followPrint, type FollowEnd, type FollowState } from './print-follow.ts';
import { updatePrintLog } from './print-log.ts';

export interface TrackedPrint {
  /** The CUPS job ids and when the first went out. */
  jobs: number[];
  since: string;
  charge: AllowanceCharge;
  /** The print log entry to complete; undefined when it could not be written. */
  logId: number | undefined;
}

export interface TrackOptions {
  link: Pick<PrinterLink, 'jobs'>;
  allowance: PrintAllowance;
  /** Counts a job that did not come out in the day's figures (apart from the jobs sent). */
  countFailed: () => void;
  onState?: (state: FollowState) => void;
  /** For tests: how often CUPS is asked. */
  pollMs?: number;
}

/** Runs until CUPS is done with the job (or the follow gives up); the dialog may close long before. */
export async function trackPrint(
  print: TrackedPrint,
  { link, allowance, countFailed, onState, pollMs }: TrackOptions,
): Promise<FollowEnd> {
  const end = await followPrint({ link, ids: print.jobs, since: print.since, onState, pollMs });
  // CUPS threw the job away: the resident did not get the sheets, so they do not count against the allowance.
  if (end.outcome === 'failed' && end.refund) allowance.giveBack(print.charge);
  if (end.outcome === 'failed') countFailed();
  if (print.logId !== undefined) {
    await updatePrintLog(print.logId, { outcome: end.outcome }).catch((e: unknown) =>
      console.error('print log outcome not written', e),
    );
  }
  return end;
}
