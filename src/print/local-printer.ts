// The terminal's printer through its local server (scripts/kiosk/serve-static.py → CUPS): its state, a job sent as a PDF, and what became of it.

export type PrinterState = 'ready' | 'printing' | 'stopped' | 'offline' | 'none';

/** `GET /local/printer`: the queue the config names (`printer`), or the system's default queue. */
export interface PrinterStatus {
  /** The CUPS queue's name; null when there is no such queue (state `none`). */
  printer: string | null;
  state: PrinterState;
  /** CUPS printer-state-reasons without their -error/-warning/-report ending, e.g. `media-empty`, `toner-low`. */
  reasons: string[];
  /** When the local server asked CUPS (ISO). */
  checked: string;
}

export type CupsJobState = 'pending' | 'processing' | 'completed' | 'aborted' | 'cancelled' | 'stopped';

/** One entry of `GET /local/print-jobs?since=ISO`. */
export interface CupsJob {
  id: number;
  state: CupsJobState;
  /** Sheets CUPS says it printed so far. */
  pages: number;
  created: string;
  completed: string | null;
}

// Reasons that mean no sheet will come out until someone comes; anything else (toner-low, …) only warns.
const BLOCKING_REASONS = new Set([
  'media-empty',
  'media-needed',
  'media-jam',
  'door-open',
  'cover-open',
  'input-tray-missing',
  'output-tray-missing',
  'output-area-full',
  'marker-supply-empty',
  'toner-empty',
  'paused',
  'offline',
  'shutdown',
  'not-accepting-jobs',
]);

/** Whether a resident may be offered printing now: a queue that is there, running, with nothing in the way. */
export function printerUsable(status: PrinterStatus): boolean {
  if (status.state !== 'ready' && status.state !== 'printing') return false;
  return !status.reasons.some((r) => BLOCKING_REASONS.has(r));
}

/** A job's CUPS state as the print log keeps it: done, failed, or still under way. */
export function jobOutcome(state: CupsJobState): 'completed' | 'failed' | 'pending' {
  if (state === 'completed') return 'completed';
  if (state === 'aborted' || state === 'cancelled' || state === 'stopped') return 'failed';
  return 'pending';
}
