// @vitest-environment happy-dom
// The idle wipe forgets one resident whole, whatever screens they opened: every declared step runs, in order, a failing
// one does not spare the rest, and no part of the session (print, hand-off, usage, speech, trail, lists) survives it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UsageRecorder } from '../kiosk/usage.ts';
import type { TimedUsageEvent } from '../shared/usage-figures.ts';
import { ResidentSession } from './resident-session.ts';

let written: TimedUsageEvent[];
let session: ResidentSession;
let detach: () => void;

const touch = () => window.dispatchEvent(new PointerEvent('pointerdown', { clientX: 600, clientY: 500 }));
const go = (hash: string) => {
  location.hash = hash;
  window.dispatchEvent(new HashChangeEvent('hashchange'));
};
const kinds = () => written.map((e) => e.event.kind);

/** speechSynthesis as Chromium has it, enough for one utterance to start and stay spoken. */
function stubSpeech() {
  const synth = { speak: vi.fn(), cancel: vi.fn(), pause: vi.fn(), resume: vi.fn(), getVoices: () => [] };
  vi.stubGlobal('speechSynthesis', Object.assign(synth, { speaking: false, pending: false }));
  vi.stubGlobal('SpeechSynthesisVoice', class {});
  vi.stubGlobal(
    'SpeechSynthesisUtterance',
    class {
      constructor(readonly text: string) {}
    },
  );
  return synth;
}

beforeEach(() => {
  history.replaceState(null, '', '#/');
  written = [];
  const usage = new UsageRecorder((events) => Promise.resolve(void written.push(...events)));
  session = new ResidentSession({ printLimitPages: 10, startHash: location.hash, usage });
  detach = session.attach({ isStaffTouch: () => false });
});
afterEach(() => {
  detach();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** A resident who used every part of the session. */
async function useEverything() {
  touch();
  go('#/search');
  session.usage.recordSearch('低保', 3);
  go('#/doc/a');
  session.printAllowance.record('resident', 7);
  session.attendantPrint.start({ docId: 'b', pages: '1-2' });
  session.scrollPlaces.set('search:低保', { top: 480, rowHeight: 96 });
  session.speech.start('第一条 本办法适用于全县。第二条 由县政府负责解释。');
  // A job still being prepared when the resident walks away.
  let finish!: () => void;
  const printed = vi.fn();
  const job = session.printJobs.run(
    { docId: 'a', indexNo: 'x', pages: '1', pageCount: 1, copies: 1, role: 'resident' },
    session.printAllowance,
    {
      prepare: () => new Promise<void>((r) => (finish = r)),
      print: printed,
      log: () => Promise.resolve(),
      discard: () => undefined,
    },
  );
  await session.usage.flush();
  return { job, printed, finish: () => finish() };
}

describe('resident session', () => {
  it('runs every declared step on end, in the declared order, then the screens that asked', () => {
    const ran: string[] = [];
    for (const step of session.wipeSteps) vi.spyOn(step, 'run').mockImplementation(() => void ran.push(step.name));
    session.onEnd(() => ran.push('screen'));
    session.end();
    expect(ran).toEqual([
      'read-aloud',
      'print job',
      'print allowance',
      'attendant hand-off',
      'usage session and last search',
      'list scroll places',
      'search draft',
      'trail, to the board',
      'screen',
    ]);
  });

  it('wipes every part, though no print dialog, desk or list screen was ever loaded', async () => {
    const synth = stubSpeech();
    const { job, printed, finish } = await useEverything();
    expect(session.speech.reading.status).toBe('speaking');
    expect(session.printJobs.running).toBe(true);
    expect(kinds()).toEqual(['session', 'search']);

    session.end();

    expect(session.speech.reading).toEqual({ status: 'idle' });
    expect(synth.cancel).toHaveBeenCalled();
    expect(session.printAllowance.remaining).toBe(10);
    expect(session.attendantPrint.waiting('b')).toBe(false);
    expect(session.attendantPrint.take('b')).toBeUndefined();
    expect(session.scrollPlaces.size).toBe(0);
    // The job under way is dropped: it never reaches the printer, and the printer is free for the next resident.
    expect(session.printJobs.running).toBe(false);
    finish();
    expect(await job).toEqual({ ok: false, reason: 'cancelled' });
    expect(printed).not.toHaveBeenCalled();
    expect(session.printAllowance.remaining).toBe(10);
    // The board, with a trail that starts there: back goes Home, never into the last resident's screens.
    expect(location.hash).toBe('#/board');
    const back = vi.spyOn(history, 'back');
    session.trail.back();
    expect(back).not.toHaveBeenCalled();
    expect(location.hash).toBe('#/');

    // The next resident's first touch is a new session, and the same query a search of their own.
    touch();
    session.usage.recordSearch('低保', 3);
    await session.usage.flush();
    expect(kinds()).toEqual(['session', 'search', 'session', 'search']);
  });

  it('keeps the trail and the counts within one session', async () => {
    await useEverything();
    touch();
    session.usage.recordSearch('低保', 3);
    await session.usage.flush();
    expect(kinds()).toEqual(['session', 'search']);
    const back = vi.spyOn(history, 'back').mockImplementation(() => undefined);
    session.trail.back();
    expect(back).toHaveBeenCalledOnce();
  });

  it('goes on past a failing step or screen, and says which failed', async () => {
    stubSpeech();
    await useEverything();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(session.speech, 'stop').mockImplementation(() => {
      throw new Error('speech engine gone');
    });
    const later = vi.fn();
    session.onEnd(() => {
      throw new Error('screen broke');
    });
    session.onEnd(later);

    session.end();

    expect(logged).toHaveBeenCalledWith('session wipe step "read-aloud" failed', new Error('speech engine gone'));
    expect(logged).toHaveBeenCalledWith('session wipe step "a screen" failed', new Error('screen broke'));
    expect(session.printJobs.running).toBe(false);
    expect(session.printAllowance.remaining).toBe(10);
    expect(session.attendantPrint.waiting('b')).toBe(false);
    expect(session.scrollPlaces.size).toBe(0);
    expect(location.hash).toBe('#/board');
    expect(later).toHaveBeenCalledOnce();
  });

  it("ends the attendant's permission when the flow reaches Home or the board, not while it finds a document", () => {
    session.attendantPrint.start({});
    go('#/attendant');
    go('#/search');
    go('#/browse?domain=budgets-final-accounts');
    go('#/doc/a');
    expect(session.attendantPrint.current()).toEqual({});
    // 回到首页 from the document: the next resident's print dialog must not open in the attendant's role.
    go('#/');
    expect(session.attendantPrint.current()).toBeUndefined();
    expect(session.attendantPrint.take('c')).toBeUndefined();
    session.attendantPrint.start({ docId: 'b' });
    go('#/board');
    expect(session.attendantPrint.waiting('b')).toBe(false);
  });

  it('tells a screen of the end until it stops listening', () => {
    const screen = vi.fn();
    const stop = session.onEnd(screen);
    session.end();
    stop();
    session.end();
    expect(screen).toHaveBeenCalledOnce();
  });

  it('counts no session for a touch on a staff screen or in the staff corner', async () => {
    detach();
    let staffTouch = true;
    detach = session.attach({ isStaffTouch: () => staffTouch });
    touch();
    staffTouch = false;
    go('#/admin');
    touch();
    go('#/');
    touch();
    await session.usage.flush();
    expect(kinds()).toEqual(['session']);
  });
});
