// A resident's session: everything the kiosk keeps for the person at the screen, in one object made by main.tsx and
// wiped by the steps declared here, whichever screens that person happened to open.
import { Speech } from '../kiosk/speech.ts';
import { UsageRecorder } from '../kiosk/usage.ts';
import { AttendantHandOff } from '../print/attendant-print.ts';
import { PrintAllowance } from '../print/print-allowance.ts';
import { PrintJobs } from '../print/print-job.ts';
import { hrefs, Trail } from './router.ts';
import { parseRoute } from './routes.ts';

/** A list's scroll offset and the row height measured then: restoring needs the list's real height at once. */
export interface ScrollPlace {
  top: number;
  rowHeight: number;
}

export interface WipeStep {
  /** Said in the log when the step fails. */
  name: string;
  run(): void;
}

export interface SessionOptions {
  printLimitPages: number;
  /** Where the trail starts: the page's hash at start. */
  startHash: string;
  /** The usage recorder; IndexedDB's unless a test gives its own. */
  usage?: UsageRecorder;
}

export class ResidentSession {
  /** The self-service page allowance: the whole of it again for each resident. */
  readonly printAllowance: PrintAllowance;
  /** A job the attendant started at the desk for the next print dialog (print/attendant-print.ts). */
  readonly attendantPrint = new AttendantHandOff();
  /** The print job under way: one at a time. */
  readonly printJobs = new PrintJobs();
  /** The usage figures: the session count, settled searches, views, prints, QR codes, help calls. */
  readonly usage: UsageRecorder;
  readonly speech = new Speech();
  /** Where "back" goes. */
  readonly trail: Trail;
  /** Where each list was scrolled, by its scroll key, so back from a document lands on the row the resident left. */
  readonly scrollPlaces = new Map<string, ScrollPlace>();
  /** What the resident has typed into search: kept here, never in the URL, so back from a document finds it again. */
  searchDraft = '';
  private readonly endListeners = new Set<() => void>();

  /** The idle wipe, in order: nothing of this resident reaches the next. */
  readonly wipeSteps: readonly WipeStep[] = [
    { name: 'read-aloud', run: () => this.speech.stop() },
    { name: 'print job', run: () => this.printJobs.cancel() },
    { name: 'print allowance', run: () => this.printAllowance.reset() },
    { name: 'attendant hand-off', run: () => this.attendantPrint.cancel() },
    { name: 'usage session and last search', run: () => this.usage.endSession() },
    { name: 'list scroll places', run: () => this.scrollPlaces.clear() },
    { name: 'search draft', run: () => (this.searchDraft = '') },
    // Last: landing on the board tells the screens, which must find the rest already wiped.
    { name: 'trail, to the board', run: () => this.trail.startOver(hrefs.board()) },
  ];

  constructor({ printLimitPages, startHash, usage = new UsageRecorder() }: SessionOptions) {
    this.printAllowance = new PrintAllowance(printLimitPages);
    this.usage = usage;
    this.trail = new Trail(startHash);
  }

  /**
   * Follows the page: the trail its hash changes, the usage figures its touches (`isStaffTouch` leaves out the staff
   * gesture's corner), written out when the page goes. Returns a function that stops.
   */
  attach({ isStaffTouch }: { isStaffTouch: (e: PointerEvent) => boolean }): () => void {
    const stopTrail = this.trail.follow();
    // The attendant's flow ends where a resident's begins: an unused permission never waits on Home or the board.
    const endHandOff = () => {
      const { name } = parseRoute(location.hash);
      if (name === 'home' || name === 'board' || name === 'unknown') this.attendantPrint.cancel();
    };
    window.addEventListener('hashchange', endHandOff);
    const touch = (e: PointerEvent) => this.usage.touched(location.hash, isStaffTouch(e));
    const leave = () => void this.usage.flush();
    window.addEventListener('pointerdown', touch, { capture: true, passive: true });
    window.addEventListener('pagehide', leave);
    return () => {
      stopTrail();
      window.removeEventListener('hashchange', endHandOff);
      window.removeEventListener('pointerdown', touch, { capture: true });
      window.removeEventListener('pagehide', leave);
    };
  }

  /** A screen's own state for the resident (a shown QR code, display modes): `fn` runs after the wipe's steps. */
  onEnd(fn: () => void): () => void {
    this.endListeners.add(fn);
    return () => this.endListeners.delete(fn);
  }

  /** The idle wipe: every step runs, in order; a failing one is logged and does not stop the others. */
  end(): void {
    const steps = [...this.wipeSteps, ...[...this.endListeners].map((run) => ({ name: 'a screen', run }))];
    for (const step of steps) {
      try {
        step.run();
      } catch (e) {
        console.error(`session wipe step "${step.name}" failed`, e);
      }
    }
  }
}
