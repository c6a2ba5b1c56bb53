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

/** How this kiosk prints: through the terminal's local server and CUPS, or `window.print()` with the state unknown. */
export interface PrinterLink {
  readonly kind: 'local' | 'browser';
  /** The local server could not be reached (the launcher restarting it): ask again next time. */
  readonly retry?: boolean;
  /** The printer's state now; null when it cannot be known (the browser's printing, or the server did not answer). */
  status(): Promise<PrinterStatus | null>;
  /** Sends a PDF of A4 sheets; resolves with the CUPS job id, or rejects with a PrintRefused. */
  submit(pdf: Blob, copies: number, title: string): Promise<number>;
  /** The queue's jobs created at or after `since` (ISO), oldest first. */
  jobs(since: string): Promise<CupsJob[]>;
}

/** The local server's plain refusal (`{ error }`), or a request that did not reach it. */
export class PrintRefused extends Error {
  constructor(readonly code: string) {
    super(`the local server refused the print job: ${code}`);
    this.name = 'PrintRefused';
  }
}

export const BROWSER_PRINTING: PrinterLink = {
  kind: 'browser',
  status: () => Promise.resolve(null),
  submit: () => Promise.reject(new PrintRefused('no-local-server')),
  jobs: () => Promise.resolve([]),
};

const UNREACHABLE = Symbol('unreachable');
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
// The local server answers from the same machine: a request that takes longer is a server that hangs.
const ASK_TIMEOUT_MS = 10_000;
// A 64 MiB part travels through localhost in well under a second; CUPS takes the file as it comes.
const SEND_TIMEOUT_MS = 120_000;

export interface PrinterLinkOptions {
  /** The config's `printer`: a CUPS queue; the system default without it. */
  queue?: string;
  /** The page's address (default: location.href). */
  base?: string;
  fetch?: typeof fetch;
}

function isStatus(value: unknown): value is PrinterStatus {
  const s = value as PrinterStatus;
  return typeof s === 'object' && s !== null && typeof s.state === 'string' && Array.isArray(s.reasons);
}

/**
 * Asks the local server for the printer once: only the terminal's server answers `GET /local/printer` with a state
 * (a plain static server says 404, a dev server index.html), and then the kiosk prints through it from then on.
 */
export async function connectPrinter(options: PrinterLinkOptions = {}): Promise<PrinterLink> {
  const send = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const base = new URL('/local/', options.base ?? location.href);
  if (base.protocol !== 'http:' || !LOCAL_HOSTS.has(base.hostname)) return BROWSER_PRINTING;
  const url = (path: string, params: Record<string, string>) => {
    const u = new URL(path, base);
    if (options.queue) u.searchParams.set('printer', options.queue);
    for (const [k, v] of Object.entries(params)) u.searchParams.set(k, v);
    return u.href;
  };
  const ask = async (href: string, init: RequestInit = {}, timeout = ASK_TIMEOUT_MS): Promise<unknown> => {
    const response = await send(href, { cache: 'no-store', ...init, signal: AbortSignal.timeout(timeout) });
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok) throw new PrintRefused((body as { error?: string } | null)?.error ?? `http-${response.status}`);
    return body;
  };
  const status = async (): Promise<PrinterStatus | null> => {
    try {
      const body = await ask(url('printer', {}));
      return isStatus(body) ? body : null;
    } catch (e) {
      console.warn('printer state unknown', e);
      return null;
    }
  };
  // A refusal (404) or a body that is not a state (index.html) is a plain server; no answer at all, a restarting one.
  const first: unknown = await ask(url('printer', {})).catch((e: unknown) =>
    e instanceof PrintRefused ? null : UNREACHABLE,
  );
  if (first === UNREACHABLE) return { ...BROWSER_PRINTING, retry: true };
  if (!isStatus(first)) return BROWSER_PRINTING;
  return {
    kind: 'local',
    status,
    async submit(pdf, copies, title) {
      const body = (await ask(
        url('print', { copies: String(copies), title }),
        { method: 'POST', headers: { 'Content-Type': 'application/pdf' }, body: pdf },
        SEND_TIMEOUT_MS,
      )) as { id?: unknown };
      if (typeof body?.id !== 'number') throw new PrintRefused('no-job-id');
      return body.id;
    },
    async jobs(since) {
      const body = (await ask(url('print-jobs', { since }))) as { jobs?: CupsJob[] };
      return Array.isArray(body?.jobs) ? body.jobs : [];
    },
  };
}

/** The printer link asked for once and kept, unless the local server could not be reached: then asked again. */
export function printerOnDemand(options: PrinterLinkOptions = {}): () => Promise<PrinterLink> {
  let found: Promise<PrinterLink> | undefined;
  return () => {
    const asking = (found ??= connectPrinter(options));
    void asking.then((link) => {
      if (link.retry && found === asking) found = undefined;
    });
    return asking;
  };
}
