// Reads a date cell the ways staff write one (2024-03-05, 2024/3/5, 2024.3.5, 2024年3月5日, 二〇二四年三月五日, Excel's) as an ISO date.
import type { CellValue } from './sheet-table.ts';

// Excel's serial 1 is 1900-01-01 but it counts a 1900-02-29 that never was, so serials from 61 on count from 1899-12-30.
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
const FIRST_YEAR = 1900;
const LAST_YEAR = 2099;

/** The ISO date (YYYY-MM-DD), or null when the value is not a real date (2024-13-45, 2023-02-29). Blank cells are the caller's. */
export function sheetDate(value: CellValue): string | null {
  if (value instanceof Date) return fromDate(value);
  if (typeof value === 'number') return fromSerial(value);
  if (typeof value !== 'string') return null;
  const text = value.normalize('NFKC').replace(/\s+/g, ' ').trim();
  // A time after the date (as Excel and databases export it) says nothing about the day.
  const day = text.replace(/[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$/, '');
  let m = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/.exec(day);
  if (m) return isoDate(+m[1]!, +m[3]!, +m[4]!);
  m = /^(\d{4}) ?年 ?(\d{1,2}) ?月 ?(\d{1,2}) ?日?$/.exec(day);
  if (m) return isoDate(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(day);
  if (m) return isoDate(+m[1]!, +m[2]!, +m[3]!);
  if (/^\d{2,5}(\.\d+)?$/.test(day)) return fromSerial(Number(day));
  return fromChineseNumerals(day);
}

function isoDate(year: number, month: number, day: number): string | null {
  if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2023-02-29 over to 03-01: a day past the month's end shows as a different month.
  if (date.getUTCMonth() !== month - 1) return null;
  return date.toISOString().slice(0, 10);
}

/** exceljs gives date cells as the wall-clock day at UTC midnight. */
function fromDate(date: Date): string | null {
  if (Number.isNaN(date.getTime())) return null;
  // Excel stores times as fractions of a day: round off float noise (23:59:59.9996) to the second first.
  const rounded = new Date(Math.round(date.getTime() / 1000) * 1000);
  return isoDate(rounded.getUTCFullYear(), rounded.getUTCMonth() + 1, rounded.getUTCDate());
}

function fromSerial(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 61) return null;
  return fromDate(new Date(EXCEL_EPOCH_MS + Math.floor(serial + 1e-9) * DAY_MS));
}

const DIGITS: Record<string, number> = {
  〇: 0,
  '○': 0,
  零: 0,
  O: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 二〇二四年三月五日, as the 成文日期 is printed under a document's signature. */
function fromChineseNumerals(text: string): string | null {
  const m = /^([〇○零O一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,4})日$/.exec(
    text,
  );
  if (!m) return null;
  const year = Number([...m[1]!].map((c) => DIGITS[c]).join(''));
  const month = chineseNumber(m[2]!);
  const day = chineseNumber(m[3]!);
  return month === null || day === null ? null : isoDate(year, month, day);
}

/** 五 → 5, 十二 → 12, 二十 → 20, 三十一 → 31. */
function chineseNumber(text: string): number | null {
  const m = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(text);
  if (!m || text === '') return null;
  const [, tens, ten, ones] = m;
  if (!ten) return tens && !ones ? DIGITS[tens]! : null;
  return (tens ? DIGITS[tens]! : 1) * 10 + (ones ? DIGITS[ones]! : 0);
}
