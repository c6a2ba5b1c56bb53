// One print job at a time: prepare the sheets, hand them to the printer, then count and log it; a job that fails counts for nothing.
import type { PrintLogEntry } from '../storage/db.ts';
import { sheetsOf, type AllowanceCharge, type PrintAllowance, type PrintRole } from './print-allowance.ts';

export interface PrintJobSpec {
  docId: string;
  indexNo: string;
  /** As the log shows it, e.g. "1-3,5". */
  pages: string;
  pageCount: number;
  copies: number;
  role: PrintRole;
}

export interface PrintSteps {
  /**
   * Renders the sheets into the print-only container and waits until they are painted. Reflowed text resolves with the
   * sheets one copy filled: until then its pageCount is an estimate.
   */
  prepare(): Promise<number | void>;
  /**
   * Hands the sheets to the printer: the terminal's local server (resolves with the CUPS job ids) or window.print
   * (nothing to follow); throws or rejects when the job cannot start.
   */
  print(): Promise<SentPrint> | SentPrint | void;
  /** Writes the log entry; the default writes IndexedDB. */
  log(entry: Omit<PrintLogEntry, 'id'>): Promise<unknown>;
  /**
   * Clears the job's prepared sheets: of a job dropped before it printed, and at the idle wipe those of the last job
   * printed, which the browser's printing keeps until afterprint (a stub or a lost event would keep them for good).
   */
  discard(): void;
}

/** Where a job went: CUPS jobs to follow, or the browser's printing, which never says whether sheets came out. */
export type SentPrint = { via: 'local'; jobs: number[]; since: string } | { via: 'browser' };

export type PrintOutcome =
  | { ok: true; sheets: number; sent: SentPrint; charge: AllowanceCharge; logId: number | undefined }
  | { ok: false; reason: 'busy' }
  | { ok: false; reason: 'limit'; remaining: number }
  | { ok: false; reason: 'failed'; detail: string }
  | { ok: false; reason: 'cancelled' };

/** The session's printer: one job at a time, and none carried over to the next resident. */
export class PrintJobs {
  // The job under way; the idle wipe drops it, so its sheets never come out for the next resident.
  private current: { cancelled: boolean } | null = null;
  // The last printed job's sheets (the pages of this resident's document, as images), until the next job or the wipe.
  private leftover: (() => void) | null = null;

  /** True while a job is being prepared or sent: a second tap must not start another. */
  get running(): boolean {
    return this.current !== null;
  }

  async run(spec: PrintJobSpec, allowance: PrintAllowance, steps: PrintSteps): Promise<PrintOutcome> {
    if (this.current) return { ok: false, reason: 'busy' };
    const fits = allowance.check(spec.role, sheetsOf(spec.pageCount, spec.copies));
    if (!fits.ok) return { ok: false, reason: 'limit', remaining: fits.remaining };
    const job = { cancelled: false };
    this.current = job;
    this.leftover = null;
    let pageCount = spec.pageCount;
    let sent: SentPrint;
    try {
      pageCount = (await steps.prepare()) ?? pageCount;
      if (job.cancelled) {
        steps.discard();
        return { ok: false, reason: 'cancelled' };
      }
      // The estimate let the job start; the counted sheets must fit too, or an attendant decides.
      const counted = allowance.check(spec.role, sheetsOf(pageCount, spec.copies));
      if (!counted.ok) {
        steps.discard();
        this.finish(job);
        return { ok: false, reason: 'limit', remaining: counted.remaining };
      }
      sent = (await steps.print()) ?? { via: 'browser' };
      this.leftover = () => steps.discard();
    } catch (e) {
      console.error('print job did not start', e);
      this.finish(job);
      return { ok: false, reason: 'failed', detail: String(e) };
    }
    // Counted once it went to the printer, before the log is written, so a storage hiccup cannot hand out free pages.
    const sheets = sheetsOf(pageCount, spec.copies);
    const charge = allowance.record(spec.role, sheets);
    let logId: number | undefined;
    try {
      const followed =
        sent.via === 'local' ? { outcome: 'printing' as const, cupsJobs: sent.jobs } : { outcome: 'unknown' as const };
      const id = await steps.log({ ...spec, pageCount, time: new Date().toISOString(), ...followed });
      logId = typeof id === 'number' ? id : undefined;
    } catch (e) {
      // The copy is already printed: the job stands, the missing entry is reported.
      console.error('print log entry not written', e);
    } finally {
      this.finish(job);
    }
    return { ok: true, sheets, sent, charge, logId };
  }

  /**
   * The idle wipe: a job still being prepared is dropped before it prints, and the printer is free again; the sheets
   * the last job left are cleared, so nothing of this resident's document waits in the page for the next.
   */
  cancel(): void {
    if (this.current) this.current.cancelled = true;
    this.current = null;
    this.leftover?.();
    this.leftover = null;
  }

  private finish(job: { cancelled: boolean }) {
    if (this.current === job) this.current = null;
  }
}
