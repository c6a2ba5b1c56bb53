// One schedule looks for new content and a new app version: soon after start, then every interval, together; an offline
// terminal skips the round, and a check that fails does not keep the other from running.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startUpdateSchedule } from './update-schedule.ts';

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe('update schedule', () => {
  it('runs both checks 10 s after start and then every interval, until stopped', () => {
    const content = vi.fn();
    const app = vi.fn();
    const stop = startUpdateSchedule(
      [
        { name: 'content', run: content },
        { name: 'app', run: app },
      ],
      { intervalMinutes: 60 },
    );
    vi.advanceTimersByTime(9_999);
    expect(content).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect([content.mock.calls.length, app.mock.calls.length]).toEqual([1, 1]);
    vi.advanceTimersByTime(60 * 60_000);
    expect([content.mock.calls.length, app.mock.calls.length]).toEqual([2, 2]);
    stop();
    vi.advanceTimersByTime(5 * 60 * 60_000);
    expect([content.mock.calls.length, app.mock.calls.length]).toEqual([2, 2]);
  });

  it('waits a whole month when told to, instead of overflowing the 32-bit timer and asking at once (issue 15, item 6)', () => {
    const check = vi.fn();
    // 43,200 minutes is 2,592,000,000 ms, past setInterval's 2^31-1: it fired every millisecond (1,024 requests in 10 s).
    startUpdateSchedule([{ name: 'content', run: check }], { intervalMinutes: 43_200 });
    vi.advanceTimersByTime(60_000);
    expect(check).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(43_200 * 60_000 - 60_000);
    expect(check).toHaveBeenCalledTimes(2);
  });

  it('skips rounds while offline', () => {
    let online = false;
    const check = vi.fn();
    startUpdateSchedule([{ name: 'content', run: check }], { intervalMinutes: 1, online: () => online });
    vi.advanceTimersByTime(70_000);
    expect(check).not.toHaveBeenCalled();
    online = true;
    vi.advanceTimersByTime(60_000);
    expect(check).toHaveBeenCalledOnce();
  });

  it('logs a failing check and still runs the next', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const app = vi.fn();
    startUpdateSchedule(
      [
        { name: 'content', run: () => Promise.reject(new Error('offline')) },
        {
          name: 'thrower',
          run: () => {
            throw new Error('no worker');
          },
        },
        { name: 'app', run: app },
      ],
      { intervalMinutes: 60 },
    );
    await vi.advanceTimersByTimeAsync(10_000);
    expect(app).toHaveBeenCalledOnce();
    expect(logged).toHaveBeenCalledWith('update check "content" failed', new Error('offline'));
    expect(logged).toHaveBeenCalledWith('update check "thrower" failed', new Error('no worker'));
    logged.mockRestore();
  });
});
