// Staff write dates many ways; each real one becomes the same ISO date, and impossible ones are refused, never shifted.
import { describe, expect, it } from 'vitest';
import { sheetDate } from './sheet-dates.ts';

describe('sheetDate', () => {
  it.each([
    '2024-03-05',
    '2024/3/5',
    '2024.3.5',
    '2024年3月5日',
    '2024 年 3 月 5 日',
    '２０２４年３月５日',
    '20240305',
    '2024-03-05 00:00:00',
    '二〇二四年三月五日',
    '二○二四年三月五日',
  ])('reads %s as 2024-03-05', (written) => {
    expect(sheetDate(written)).toBe('2024-03-05');
  });

  it('reads tens in Chinese numerals', () => {
    expect(sheetDate('二〇二三年十二月三十一日')).toBe('2023-12-31');
    expect(sheetDate('二〇二三年十月二十日')).toBe('2023-10-20');
  });

  it('reads Excel serial numbers, as numbers and as text', () => {
    expect(sheetDate(45356)).toBe('2024-03-05');
    expect(sheetDate('45356')).toBe('2024-03-05');
    // A date with a time of day is still that day.
    expect(sheetDate(45356.75)).toBe('2024-03-05');
  });

  it('reads exceljs Date cells (the day at UTC midnight), also with float noise just before midnight', () => {
    expect(sheetDate(new Date(Date.UTC(2024, 2, 5)))).toBe('2024-03-05');
    expect(sheetDate(new Date(Date.UTC(2024, 2, 5) - 0.4))).toBe('2024-03-05');
  });

  it.each([
    '2024-13-45',
    '2023-02-29',
    '2024-02-30',
    '2024/4/31',
    '2024年13月1日',
    '二〇二三年二月二十九日',
    '明天',
    '2024-3',
    '',
    '3/5/2024',
    '0',
  ])('refuses %s', (written) => {
    expect(sheetDate(written)).toBeNull();
  });

  it('takes 2024-02-29, a leap day', () => {
    expect(sheetDate('2024-02-29')).toBe('2024-02-29');
  });

  it('refuses values that are not dates at all', () => {
    expect(sheetDate(true)).toBeNull();
    expect(sheetDate(new Date(Number.NaN))).toBeNull();
    expect(sheetDate(12)).toBeNull();
  });
});
