// Everything a person reads is China time in Chinese date forms, whatever zone and language the machine is set to.
import { describe, expect, it } from 'vitest';
import { formatDate, formatTime } from './index.ts';

describe('dates and times', () => {
  it('gives a moment as China time: 10:05 UTC is 18:05 in China, 20:00 UTC the next day', () => {
    expect(formatTime('2026-12-03T10:05:00Z', 'zh-CN')).toBe('2026年12月3日 18:05');
    expect(formatTime('2026-12-31T16:30:00Z', 'zh-CN')).toBe('2027年1月1日 00:30');
    expect(formatTime('2026-12-03T10:05:00Z', 'en')).toBe('Dec 3, 2026, 18:05');
  });

  it("dates a moment by China's day, and a plain date as it is written", () => {
    expect(formatDate('2026-11-20T20:00:00.000Z', 'zh-CN')).toBe('2026年11月21日');
    expect(formatDate('2026-11-20', 'zh-CN')).toBe('2026年11月20日');
    expect(formatDate('', 'zh-CN')).toBe('');
  });
});
