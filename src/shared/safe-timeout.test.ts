// Every timer whose delay a config or a sum can make long must wait that long, never overflow into firing at once.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_TIMER_DELAY_MS, setSafeInterval, setSafeTimeout } from './safe-timeout.ts';

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

const DAY = 86_400_000;

describe('setSafeTimeout', () => {
  it('waits 30 days, past the 32-bit ceiling, and fires once', () => {
    const run = vi.fn();
    setSafeTimeout(run, 30 * DAY);
    vi.advanceTimersByTime(30 * DAY - 1);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(100 * DAY);
    expect(run).toHaveBeenCalledOnce();
  });

  it('never hands the browser a delay past the ceiling, nor a negative or NaN one', () => {
    const native = vi.spyOn(globalThis, 'setTimeout');
    for (const ms of [Number.MAX_SAFE_INTEGER, 2 ** 31, MAX_TIMER_DELAY_MS, -5, Number.NaN, 1000]) {
      setSafeTimeout(() => undefined, ms);
    }
    const delays = native.mock.calls.map((call) => call[1]!);
    expect(Math.max(...delays)).toBe(MAX_TIMER_DELAY_MS);
    expect(Math.min(...delays)).toBe(0);
    expect(delays.some(Number.isNaN)).toBe(false);
  });

  it('is cancelled, even while it waits between steps', () => {
    const run = vi.fn();
    const cancel = setSafeTimeout(run, 60 * DAY);
    vi.advanceTimersByTime(40 * DAY);
    cancel();
    vi.advanceTimersByTime(40 * DAY);
    expect(run).not.toHaveBeenCalled();
  });

  it('runs a negative delay at once, as the browser would', () => {
    const run = vi.fn();
    setSafeTimeout(run, -1000);
    vi.advanceTimersByTime(0);
    expect(run).toHaveBeenCalledOnce();
  });
});

describe('setSafeInterval', () => {
  it('repeats a 30-day interval every 30 days, not every millisecond', () => {
    const run = vi.fn();
    const stop = setSafeInterval(run, 30 * DAY);
    vi.advanceTimersByTime(10_000);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(30 * DAY - 10_000);
    expect(run).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(30 * DAY);
    expect(run).toHaveBeenCalledTimes(2);
    stop();
    vi.advanceTimersByTime(90 * DAY);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('keeps a short interval as it is', () => {
    const run = vi.fn();
    const stop = setSafeInterval(run, 1000);
    vi.advanceTimersByTime(5000);
    expect(run).toHaveBeenCalledTimes(5);
    stop();
  });
});
