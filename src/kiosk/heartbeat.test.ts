// A heartbeat endpoint that is down must be retried less and less often, never more than every 30 s nor less than 6-hourly.
import { describe, expect, it } from 'vitest';
import { backoffMs } from './heartbeat.ts';

describe('backoffMs', () => {
  it('doubles from 30 seconds up to six hours', () => {
    expect([1, 2, 3, 4].map(backoffMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(backoffMs(0)).toBe(30_000);
    expect(backoffMs(10)).toBe(30_000 * 512);
    expect(backoffMs(11)).toBe(6 * 3600_000);
    expect(backoffMs(100)).toBe(6 * 3600_000);
  });
});
