// The idle limits: never a countdown under 20 s, and more time everywhere in 适老化 mode.
import { describe, expect, it } from 'vitest';
import { sessionLimits } from './session-limits.ts';

const config = { idleSeconds: 120, docIdleSeconds: 300, idleWarningSeconds: 30 };

describe('sessionLimits', () => {
  it('takes the config as it is in the normal mode, longer while reading', () => {
    expect(sessionLimits(config, { readingDocument: false, elderMode: false })).toEqual({
      idleMs: 120_000,
      warningMs: 30_000,
    });
    expect(sessionLimits(config, { readingDocument: true, elderMode: false })).toEqual({
      idleMs: 300_000,
      warningMs: 30_000,
    });
  });
  it('gives half as much quiet time again and a minute of countdown in 适老化 mode', () => {
    expect(sessionLimits(config, { readingDocument: false, elderMode: true })).toEqual({
      idleMs: 180_000,
      warningMs: 60_000,
    });
    expect(sessionLimits({ ...config, idleWarningSeconds: 90 }, { readingDocument: true, elderMode: true })).toEqual({
      idleMs: 450_000,
      warningMs: 90_000,
    });
  });
  it('never counts down for less than 20 s, whatever the config says', () => {
    expect(
      sessionLimits({ ...config, idleWarningSeconds: 5 }, { readingDocument: false, elderMode: false }).warningMs,
    ).toBe(20_000);
  });
});
