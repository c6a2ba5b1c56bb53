// Reads a CSV sheet as Excel saves it (BOM, CRLF, quoted cells with commas and line breaks; UTF-8 or GB18030) into a SheetTable.
import { parse } from 'csv-parse/sync';
import type { SheetTable } from './sheet-table.ts';
import { decodeChineseText } from './text-decoding.ts';

export class SheetReadError extends Error {}

/** Excel writes `;` or a tab instead of `,` in some locales: the header line decides. */
function guessDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', '\t', ';'].map((d) => [d, firstLine.split(d).length] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

export function csvTable(bytes: Uint8Array, label: string): SheetTable {
  const { text } = decodeChineseText(bytes);
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      delimiter: guessDelimiter(text.replace(/^\ufeff/, '')),
      relax_column_count: true,
      // Hand-edited sheets have quotes inside unquoted cells (他说"好"); Excel itself always quotes those.
      relax_quotes: true,
      // Kept, so a record's position is Excel's row number; blank rows are skipped later.
      skip_empty_lines: false,
    }) as string[][];
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    throw new SheetReadError(
      `${label}${line ? ` 第 ${line} 行附近` : ''}无法读取：引号没有配对或格式不是 CSV（${(e as Error).message}）`,
    );
  }
  const [headers = [], ...rows] = records;
  return {
    label,
    rowWord: '行',
    headers,
    rows: rows.map((cells, i) => ({ rowNumber: i + 2, cells })),
  };
}
