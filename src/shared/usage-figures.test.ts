// Usage figures must never keep an ID or phone number, count on the reading point's own day, and sum days past 400.
import { describe, expect, it } from 'vitest';
import {
  addDays,
  chinaDay,
  countEvent,
  emptyDay,
  KEEP_DAYS,
  maskDigitRuns,
  rollUp,
  SUMMED_DAY,
  totalsOf,
} from './usage-figures.ts';

describe('maskDigitRuns', () => {
  it('masks runs of 6 or more digits, full-width ones too, and keeps shorter numbers searchable', () => {
    expect(maskDigitRuns('身份证 110101199003071234 怎么查')).toBe(`身份证 ${'*'.repeat(18)} 怎么查`);
    expect(maskDigitRuns('电话13912345678')).toBe(`电话${'*'.repeat(11)}`);
    expect(maskDigitRuns('１２３４５６７')).toBe('*******');
    expect(maskDigitRuns('2024年 宝政办函〔2017〕77号 12345')).toBe('2024年 宝政办函〔2017〕77号 12345');
    expect(maskDigitRuns('123456')).toBe('******');
  });

  it('masks a number typed in groups, with spaces, hyphens or dots between them, as one number', () => {
    expect(maskDigitRuns('138 1234 5678')).toBe('*** **** ****');
    expect(maskDigitRuns('电话 138-1234-5678 打不通')).toBe('电话 ***-****-**** 打不通');
    expect(maskDigitRuns('110105 19800101 1234')).toBe('****** ******** ****');
    expect(maskDigitRuns('110105 19800101 123X')).toBe('****** ******** ****');
    expect(maskDigitRuns('11010519800101123x 低保')).toBe(`${'*'.repeat(18)} 低保`);
    expect(maskDigitRuns('１１０１０５　１９８００１０１　１２３Ｘ')).toBe('******　********　****');
    expect(maskDigitRuns('6222 0212 3456 7890 123')).toBe('**** **** **** **** ***');
    expect(maskDigitRuns('6222.0212.3456.7890')).toBe('****.****.****.****');
    expect(maskDigitRuns('1 2 3 4 5 6')).toBe('* * * * * *');
    // Short numbers and the letters after them stay: a year and pinyin, a 文号, a page range.
    expect(maskDigitRuns('2024 czys')).toBe('2024 czys');
    expect(maskDigitRuns('〔2017〕77号')).toBe('〔2017〕77号');
    expect(maskDigitRuns('1-3 5')).toBe('1-3 5');
    expect(maskDigitRuns('12345 xian')).toBe('12345 xian');
  });

  it('masks the query before it is counted, so the stored key never holds the number', () => {
    const day = countEvent(emptyDay('2026-12-02'), { kind: 'search', query: '低保 110101199003071234', results: 0 });
    expect(Object.keys(day.queries)).toEqual([`低保 ${'*'.repeat(18)}`]);
    expect(JSON.stringify(day)).not.toMatch(/\d{6}/);
    const grouped = countEvent(emptyDay('2026-12-02'), { kind: 'search', query: '138 1234 5678', results: 0 });
    expect(Object.keys(grouped.queries)).toEqual(['*** **** ****']);
    expect(day.searchesWithoutResults).toBe(1);
  });
});

describe('chinaDay', () => {
  it('counts on China time whatever the terminal zone: 23:30 UTC is the next morning in China', () => {
    expect(chinaDay(Date.parse('2026-12-01T15:59:59Z'))).toBe('2026-12-01');
    expect(chinaDay(Date.parse('2026-12-01T16:00:00Z'))).toBe('2026-12-02');
    expect(chinaDay(Date.parse('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });
});

describe('countEvent', () => {
  it('counts each kind of event where it belongs', () => {
    const day = emptyDay('2026-12-02');
    countEvent(day, { kind: 'session' });
    countEvent(day, { kind: 'search', query: '低保', results: 3 });
    countEvent(day, { kind: 'search', query: ' 低保 ', results: 4 });
    countEvent(day, { kind: 'search', query: '   ', results: 0 });
    countEvent(day, { kind: 'view', docId: 'a', domain: 'environment' });
    countEvent(day, { kind: 'view', docId: 'a', domain: 'environment' });
    countEvent(day, { kind: 'view', docId: 'b', domain: 'relocation' });
    countEvent(day, { kind: 'print', pages: 6 });
    countEvent(day, { kind: 'print', pages: 2 });
    countEvent(day, { kind: 'print-failed' });
    countEvent(day, { kind: 'qr', qrKind: 'original' });
    countEvent(day, { kind: 'qr', qrKind: 'apply-enlarged' });
    countEvent(day, { kind: 'help' });
    expect(day.queries).toEqual({ 低保: { count: 2, results: 4 } });
    expect(totalsOf(day)).toEqual({
      sessions: 1,
      searches: 2,
      searchesWithoutResults: 0,
      views: 3,
      printJobs: 2,
      printPages: 8,
      failedPrintJobs: 1,
      qr: { original: 1, 'apply-enlarged': 1 },
      helpCalls: 1,
    });
    expect(day.domains).toEqual({ environment: 2, relocation: 1 });
  });

  it('reads a day stored before failed jobs were counted as none failed', () => {
    const { failedPrintJobs: _, ...old } = emptyDay('2026-11-30');
    expect(totalsOf(old).failedPrintJobs).toBe(0);
    expect(countEvent(old, { kind: 'print-failed' }).failedPrintJobs).toBe(1);
  });
});

describe('rollUp', () => {
  const today = '2026-12-02';
  const withSessions = (day: string, sessions: number) => ({ ...emptyDay(day), sessions, views: { a: sessions } });

  it('keeps the last 400 days one by one and sums the older ones into one record', () => {
    const lastKept = addDays(today, -(KEEP_DAYS - 1));
    const days = [
      withSessions(addDays(lastKept, -2), 5),
      withSessions(addDays(lastKept, -1), 7),
      withSessions(lastKept, 11),
      withSessions(today, 1),
    ];
    const { kept, summed, dropped } = rollUp(days, today);
    expect(kept.map((d) => d.day)).toEqual([lastKept, today]);
    expect(dropped).toEqual([addDays(lastKept, -2), addDays(lastKept, -1)]);
    expect(summed).toMatchObject({
      day: SUMMED_DAY,
      sessions: 12,
      views: { a: 12 },
      firstDay: addDays(lastKept, -2),
      lastDay: addDays(lastKept, -1),
    });
  });

  it('adds into an existing summed record, widening its period', () => {
    const old = { ...withSessions(SUMMED_DAY, 100), firstDay: '2024-01-01', lastDay: '2025-10-01' };
    const { summed } = rollUp([withSessions('2025-10-20', 3)], today, old);
    expect(summed).toMatchObject({ sessions: 103, firstDay: '2024-01-01', lastDay: '2025-10-20' });
  });
});
