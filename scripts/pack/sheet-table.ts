// A sheet as pack reads it, whatever it came from (xlsx, CSV, JSON): headers, then rows numbered as Excel numbers them.
import type { SheetPlace } from './problems.ts';

/** A cell as the reader found it: exceljs gives numbers and Dates, CSV strings, JSON also lists. */
export type CellValue = string | number | boolean | Date | string[] | null;

export interface SheetRow {
  /** Excel's row number (row 1 is the header, so 2 is the first data row); for JSON the entry's 1-based position. */
  rowNumber: number;
  cells: CellValue[];
}

export interface SheetTable extends SheetPlace {
  headers: string[];
  rows: SheetRow[];
}

/** A row staff left as notes (the template's 【填写说明】 row) or blank: not a document. */
export function isSkippableRow(row: SheetRow): boolean {
  const filled = row.cells.filter((c) => !isBlank(c));
  if (filled.length === 0) return true;
  const first = filled[0];
  return typeof first === 'string' && /^\s*(【填写说明】|#)/.test(first);
}

export function isBlank(value: CellValue | undefined): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return cleanText(value) === '';
  if (Array.isArray(value)) return value.every((v) => cleanText(v) === '');
  return false;
}

/** Trims the blanks Excel and copy-paste leave: ideographic space, no-break space, zero-width marks. */
export function cleanText(value: string): string {
  return value.replace(/^[\s\u3000\u00a0\u200b\ufeff]+|[\s\u3000\u00a0\u200b\ufeff]+$/g, '');
}

/** A cell as text, for fields that are text whatever Excel made of them (a 文号 typed as a number, say). */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(cleanText).filter(Boolean).join('；');
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return cleanText(String(value));
}

/** A list cell: a JSON list as it is, or text split at the given separators. */
export function cellList(value: CellValue | undefined, separators: RegExp): string[] {
  const parts = Array.isArray(value) ? value : cellText(value).split(separators);
  return parts.map(cleanText).filter(Boolean);
}
