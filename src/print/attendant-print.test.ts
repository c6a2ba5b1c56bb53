// An attendant's permission to print beyond the limit lasts one job and a few minutes, on a clock nobody can set back.
import { describe, expect, it, vi } from 'vitest';
import { ATTENDANT_HANDOFF_MS, AttendantHandOff, type HandOffClock } from './attendant-print.ts';

/** A monotonic clock the test moves, with the timers it owes. */
function fakeClock() {
  let now = 1_000;
  const timers = new Map<number, { at: number; fn: () => void }>();
  let next = 0;
  const clock: HandOffClock = {
    now: () => now,
    setTimeout: (fn, ms) => (timers.set(++next, { at: now + ms, fn }), next),
    clearTimeout: (handle) => void timers.delete(handle as number),
  };
  const advance = (ms: number) => {
    now += ms;
    for (const [id, timer] of [...timers]) {
      if (timer.at > now) continue;
      timers.delete(id);
      timer.fn();
    }
  };
  return { clock, advance, pending: () => timers.size };
}

describe('attendant hand-off', () => {
  it('is taken once, by the document it names', () => {
    const handOff = new AttendantHandOff(fakeClock().clock);
    handOff.start({ docId: 'a', pages: '3-5' });
    expect(handOff.waiting('a')).toBe(true);
    expect(handOff.take('b')).toBeUndefined();
    expect(handOff.take('a')).toEqual({ docId: 'a', pages: '3-5' });
    expect(handOff.take('a')).toBeUndefined();
  });

  it('ends by itself after a few minutes, and says so to whoever shows the banner', () => {
    const { clock, advance, pending } = fakeClock();
    const handOff = new AttendantHandOff(clock);
    const told = vi.fn();
    handOff.subscribe(told);
    handOff.start({});
    expect(told).toHaveBeenCalledTimes(1);
    advance(ATTENDANT_HANDOFF_MS - 60_000);
    expect(handOff.remainingMs()).toBe(60_000);
    expect(handOff.current()).toEqual({});
    advance(60_000);
    expect(handOff.current()).toBeUndefined();
    expect(handOff.take('any')).toBeUndefined();
    expect(told).toHaveBeenCalledTimes(2);
    expect(pending()).toBe(0);
  });

  it('is over when its time is up even if the timer has not run (a sleeping tab)', () => {
    let clockNow = 0;
    const handOff = new AttendantHandOff({ ...fakeClock().clock, now: () => clockNow });
    handOff.start({});
    clockNow = ATTENDANT_HANDOFF_MS;
    expect(handOff.take('a')).toBeUndefined();
  });

  it('starts its time again when the desk starts another, with one timer', () => {
    const { clock, advance, pending } = fakeClock();
    const handOff = new AttendantHandOff(clock);
    handOff.start({ docId: 'a' });
    advance(ATTENDANT_HANDOFF_MS / 2);
    handOff.start({ docId: 'b' });
    expect(pending()).toBe(1);
    advance(ATTENDANT_HANDOFF_MS / 2);
    expect(handOff.waiting('b')).toBe(true);
    expect(handOff.waiting('a')).toBe(false);
  });
});
