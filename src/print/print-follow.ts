// Follows the CUPS jobs of one print until the sheets came out or did not: what the dialog says and what the log keeps.
import type { CupsJob, PrinterLink } from './local-printer.ts';

/** What the resident is told: CUPS is at it, the sheets are out, or they will not come without the attendant. */
export type FollowState = 'processing' | 'completed' | 'failed';

/** How a followed print ended: `refund` when CUPS aborted or cancelled it (no sheet is owed), `unknown` on giving up. */
export type FollowEnd = { outcome: 'completed' } | { outcome: 'failed'; refund: boolean } | { outcome: 'unknown' };

export interface FollowOptions {
  link: Pick<PrinterLink, 'jobs'>;
  /** The CUPS job ids of the print (several when a long job went in parts). */
  ids: readonly number[];
  /** When the first part was sent (ISO): the jobs are asked for since then. */
  since: string;
  /** Told each time the state changes; a stopped job is `failed` at once, and may still end `completed`. */
  onState?: (state: FollowState) => void;
  pollMs?: number;
  /** A printer left stopped this long (or a server that stops answering) ends the follow as `unknown`. */
  giveUpMs?: number;
  signal?: AbortSignal;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

const POLL_MS = 1500;
// A stopped printer that someone restarts within the half hour still counts the job as printed.
const GIVE_UP_MS = 30 * 60_000;

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The print's state from its jobs' states: one aborted or cancelled part fails it, all completed completes it. */
export function printState(jobs: readonly (CupsJob | undefined)[]): FollowState | 'stopped' | 'gone' {
  if (jobs.some((j) => j?.state === 'aborted' || j?.state === 'cancelled')) return 'failed';
  if (jobs.some((j) => j?.state === 'stopped')) return 'stopped';
  if (jobs.length > 0 && jobs.every((j) => j?.state === 'completed')) return 'completed';
  // CUPS forgets jobs only after it has kept them a while: a job missing from a fresh list was never there.
  if (jobs.some((j) => j === undefined)) return 'gone';
  return 'processing';
}

export async function followPrint({
  link,
  ids,
  since,
  onState,
  pollMs = POLL_MS,
  giveUpMs = GIVE_UP_MS,
  signal,
  sleep = wait,
  now = Date.now,
}: FollowOptions): Promise<FollowEnd> {
  const started = now();
  let told: FollowState | undefined;
  const tell = (state: FollowState) => {
    if (state !== told) onState?.(state);
    told = state;
  };
  tell('processing');
  let missing = 0;
  while (!signal?.aborted && now() - started < giveUpMs) {
    let listed: CupsJob[] | undefined;
    try {
      listed = await link.jobs(since);
    } catch (e) {
      console.warn('print jobs not listed', e);
    }
    if (listed) {
      const state = printState(ids.map((id) => listed.find((j) => j.id === id)));
      if (state === 'completed') {
        tell('completed');
        return { outcome: 'completed' };
      }
      if (state === 'failed') {
        tell('failed');
        return { outcome: 'failed', refund: true };
      }
      if (state === 'stopped') tell('failed');
      // Three lists in a row without the job: it is not coming back.
      if (state === 'gone' && ++missing >= 3) {
        tell('failed');
        return { outcome: 'unknown' };
      }
      if (state !== 'gone') missing = 0;
    }
    await sleep(pollMs);
  }
  return told === 'failed' ? { outcome: 'failed', refund: false } : { outcome: 'unknown' };
}
