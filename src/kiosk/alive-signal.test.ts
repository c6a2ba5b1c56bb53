// On a terminal the page tells the launcher's local server it is alive every 15 s; anywhere else it stays silent.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ALIVE_INTERVAL_MS, startAliveSignal } from './alive-signal.ts';

type Answer = number | 'network-error';

/** A fetch that answers the probe (GET) with `probe` answers in turn, and every POST with 204 (or a network error). */
function fakeFetch(probe: Answer[], post: Answer = 204) {
  const calls: { url: string; method: string }[] = [];
  const answer = (a: Answer) =>
    a === 'network-error'
      ? Promise.reject(new TypeError('Failed to fetch'))
      : Promise.resolve(new Response(null, { status: a }));
  const fetch = vi.fn((url: string, init?: RequestInit) => {
    const method = init?.method ?? 'GET';
    calls.push({ url, method });
    return answer(method === 'GET' ? (probe.shift() ?? 404) : post);
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls };
}

const posts = (calls: { method: string }[]) => calls.filter((c) => c.method === 'POST').length;
const flush = () => vi.advanceTimersByTimeAsync(0);

describe('startAliveSignal', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('signals at once and then every 15 s once the local server answers the probe with 204', async () => {
    const { fetch, calls } = fakeFetch([204]);
    const stop = startAliveSignal({ fetch, base: 'http://localhost:4180/?site=yunxi#/search?q=x' });
    await flush();
    expect(calls).toEqual([
      { url: 'http://localhost:4180/local/alive', method: 'GET' },
      { url: 'http://localhost:4180/local/alive', method: 'POST' },
    ]);
    await vi.advanceTimersByTimeAsync(ALIVE_INTERVAL_MS - 1);
    expect(posts(calls)).toBe(1);
    await vi.advanceTimersByTimeAsync(1 + 3 * ALIVE_INTERVAL_MS);
    expect(posts(calls)).toBe(5);
    // Well inside the launcher's 60 s: one lost signal is no restart.
    expect(ALIVE_INTERVAL_MS).toBeLessThanOrEqual(20_000);
    stop();
    await vi.advanceTimersByTimeAsync(5 * ALIVE_INTERVAL_MS);
    expect(posts(calls)).toBe(5);
  });

  it('stays silent after one probe where another server answers (npm start, a web server)', async () => {
    for (const status of [404, 200, 405]) {
      const { fetch, calls } = fakeFetch([status]);
      startAliveSignal({ fetch, base: 'http://localhost:4173/' });
      await vi.advanceTimersByTimeAsync(10 * ALIVE_INTERVAL_MS);
      expect(calls, String(status)).toHaveLength(1);
    }
  });

  it('sends nothing at all when the page is not served from this machine', async () => {
    const { fetch, calls } = fakeFetch([204]);
    startAliveSignal({ fetch, base: 'https://kiosk.example.gov.cn/' });
    await vi.advanceTimersByTimeAsync(10 * ALIVE_INTERVAL_MS);
    expect(calls).toEqual([]);
  });

  it('asks again when the local server is not up yet, and keeps signalling through failed posts', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { fetch, calls } = fakeFetch(['network-error', 204], 'network-error');
    startAliveSignal({ fetch, base: 'http://127.0.0.1:4180/' });
    await flush();
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(ALIVE_INTERVAL_MS);
    expect(posts(calls)).toBe(1);
    await vi.advanceTimersByTimeAsync(3 * ALIVE_INTERVAL_MS);
    expect(posts(calls)).toBe(4);
    // Said once, not every 15 s while the server restarts.
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});
