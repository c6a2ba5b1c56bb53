// The idle timer must warn after the quiet spell, count down by the second, call off on a touch, and expire once.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IdleTimer, type IdleState } from './idle-timer.ts';

describe('IdleTimer', () => {
  let states: IdleState[];
  let expired: number;
  let target: EventTarget;
  let limits = { idleMs: 120_000, warningMs: 30_000 };
  let timer: IdleTimer;

  beforeEach(() => {
    vi.useFakeTimers();
    states = [];
    expired = 0;
    target = new EventTarget();
    limits = { idleMs: 120_000, warningMs: 30_000 };
    timer = new IdleTimer({ limits: () => limits, onChange: (s) => states.push(s), onExpire: () => expired++, target });
    timer.start();
  });
  afterEach(() => {
    timer.stop();
    vi.useRealTimers();
  });

  it('warns after the quiet spell, counts down each second, then expires once and sleeps', () => {
    vi.advanceTimersByTime(119_999);
    expect(states).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(states.at(-1)).toEqual({ phase: 'warning', secondsLeft: 30 });
    vi.advanceTimersByTime(1000);
    expect(states.at(-1)).toEqual({ phase: 'warning', secondsLeft: 29 });
    vi.advanceTimersByTime(28_999);
    expect(states.at(-1)).toEqual({ phase: 'warning', secondsLeft: 1 });
    expect(expired).toBe(0);
    vi.advanceTimersByTime(1);
    expect(expired).toBe(1);
    expect(states.at(-1)).toEqual({ phase: 'active' });
    // Asleep on the board: no second expiry however long nobody comes.
    vi.advanceTimersByTime(10 * 60_000);
    expect(expired).toBe(1);
  });

  it('a touch during the countdown calls it off and starts the quiet spell again', () => {
    vi.advanceTimersByTime(125_000);
    expect(states.at(-1)?.phase).toBe('warning');
    target.dispatchEvent(new Event('pointerdown'));
    expect(states.at(-1)).toEqual({ phase: 'active' });
    vi.advanceTimersByTime(119_000);
    expect(states.at(-1)).toEqual({ phase: 'active' });
    expect(expired).toBe(0);
    vi.advanceTimersByTime(1000);
    expect(states.at(-1)).toEqual({ phase: 'warning', secondsLeft: 30 });
  });

  it('touches before the spell ends push it back; the limits are read when the timer fires', () => {
    vi.advanceTimersByTime(100_000);
    target.dispatchEvent(new Event('keydown'));
    vi.advanceTimersByTime(100_000);
    expect(states).toEqual([]);
    // A document opened: the longer limit applies from the last touch.
    limits = { idleMs: 300_000, warningMs: 30_000 };
    vi.advanceTimersByTime(100_000);
    expect(states).toEqual([]);
    vi.advanceTimersByTime(100_000);
    expect(states.at(-1)).toEqual({ phase: 'warning', secondsLeft: 30 });
  });

  it("back from a document to a list, the list's shorter spell counts from the last touch, not the document's", () => {
    limits = { idleMs: 300_000, warningMs: 30_000 };
    // The first firing, on the document, arms the long spell.
    vi.advanceTimersByTime(120_000);
    expect(states).toEqual([]);
    // Back to the list with a touch: 120 s from here, though the document's timer was set for later.
    limits = { idleMs: 120_000, warningMs: 30_000 };
    target.dispatchEvent(new Event('pointerdown'));
    vi.advanceTimersByTime(119_999);
    expect(states).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(states.at(-1)).toEqual({ phase: 'warning', secondsLeft: 30 });
  });

  it('wakes on the first touch after expiring and runs again', () => {
    vi.advanceTimersByTime(150_000);
    expect(expired).toBe(1);
    target.dispatchEvent(new Event('touchstart'));
    vi.advanceTimersByTime(150_000);
    expect(expired).toBe(2);
  });

  it('waits out a quiet spell longer than the 32-bit timer instead of re-arming every few ms (issue 15, item 6)', () => {
    timer.stop();
    let checks = 0;
    // 2,147,484 s is just past setTimeout's 2^31-1 ms: the timer fired at once and re-armed, over and over.
    limits = { idleMs: 2_147_484_000, warningMs: 30_000 };
    timer = new IdleTimer({
      limits: () => (checks++, limits),
      onChange: (s) => states.push(s),
      onExpire: () => expired++,
      target,
    });
    timer.start();
    vi.advanceTimersByTime(10_000);
    expect(checks).toBeLessThan(3);
    expect(states).toEqual([]);
    vi.advanceTimersByTime(2_147_484_000 - 10_000);
    expect(states.at(-1)).toEqual({ phase: 'warning', secondsLeft: 30 });
  });
});
