// Builds throwaway SOURCE_DIRs for pack's tests and e2e: documents, plus a CSV written the way Excel writes one.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Excel's “CSV UTF-8”: BOM, CRLF, a cell quoted only when it holds a comma, quote or line break. */
export function excelCsv(rows: string[][]): Uint8Array {
  const cell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const text = rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
  return new TextEncoder().encode('\ufeff' + text);
}

/** Rows keyed by header → a header row and one row per entry, columns in first-seen order. */
export function sheetRows(entries: Record<string, string>[]): string[][] {
  const headers = [...new Set(entries.flatMap((e) => Object.keys(e)))];
  return [headers, ...entries.map((e) => headers.map((h) => e[h] ?? ''))];
}

/** A document row with every required column filled; override or add columns per test. */
export function docRow(n: number, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    索引号: `11530425/2024-${String(n).padStart(5, '0')}`,
    标题: `测试文件${n}`,
    发布机构: '某县人民政府办公室',
    发布日期: '2024-03-05',
    重点领域: '涉农补贴',
    文件: `doc${n}.pdf`,
    ...overrides,
  };
}

/** A temporary folder holding `files` (path → bytes or text). */
export async function sourceFolder(files: Record<string, Uint8Array | string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'chayue-pack-src-'));
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  return dir;
}

export async function emptyDir(prefix = 'chayue-pack-out-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}
