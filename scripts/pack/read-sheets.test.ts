// The sheet readers give the same table whatever Excel, WPS or a script saved: CSV encodings and quoting, xlsx cell kinds, JSON.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fieldForHeader } from './catalogue-fields.ts';
import { Problems } from './problems.ts';
import { csvTable } from './read-csv.ts';
import { jsonTables } from './read-json.ts';
import { xlsxTables } from './read-xlsx.ts';
import { isSkippableRow } from './sheet-table.ts';
import { readSourceSheets } from './source-sheet.ts';
import { excelCsv, sourceFolder } from './test-source-folder.ts';

const TEMPLATES = join(import.meta.dirname, 'templates');

/** Node has no GB18030 encoder: build one for the two-byte range from the decoder, enough for common Chinese. */
function gb18030Encode(text: string): Uint8Array {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gb18030');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++)
      table.set(decoder.decode(new Uint8Array([lead, trail])), [lead, trail]);
  }
  return Uint8Array.from([...text].flatMap((c) => (c.charCodeAt(0) < 0x80 ? [c.charCodeAt(0)] : table.get(c)!)));
}

describe('CSV as Excel writes it', () => {
  it('drops the BOM, splits CRLF rows, keeps commas, quotes and line breaks inside quoted cells, numbers rows as Excel does', () => {
    const bytes = excelCsv([
      ['索引号', '标题', '摘要'],
      ['A-1', '关于“三农”工作, 第一批', '第一段\r\n第二段'],
      ['A-2', '他说"好"', ''],
    ]);
    const table = csvTable(bytes, 'catalogue.csv');
    expect(table.headers).toEqual(['索引号', '标题', '摘要']);
    expect(table.rows).toEqual([
      { rowNumber: 2, cells: ['A-1', '关于“三农”工作, 第一批', '第一段\r\n第二段'] },
      // The row after a cell with a line break is still Excel's row 3.
      { rowNumber: 3, cells: ['A-2', '他说"好"', ''] },
    ]);
  });

  it('reads GB18030 (Chinese Excel’s plain “CSV”) without being told', () => {
    const text = '索引号,标题,发布机构\r\nA-1,关于做好征地补偿工作的通知,某县人民政府办公室\r\n';
    const gbk = gb18030Encode(text);
    expect(new TextDecoder('gb18030').decode(gbk)).toBe(text);
    const table = csvTable(gbk, 'catalogue.csv');
    expect(table.headers).toEqual(['索引号', '标题', '发布机构']);
    expect(table.rows[0]!.cells).toEqual(['A-1', '关于做好征地补偿工作的通知', '某县人民政府办公室']);
  });

  it('reads UTF-8 without a BOM, LF line ends, and the semicolon or tab some locales use', () => {
    expect(csvTable(new TextEncoder().encode('索引号,标题\nA-1,标题一\n'), 'c.csv').rows[0]!.cells).toEqual([
      'A-1',
      '标题一',
    ]);
    expect(csvTable(new TextEncoder().encode('索引号;标题\nA-1;标题一\n'), 'c.csv').rows[0]!.cells).toEqual([
      'A-1',
      '标题一',
    ]);
    expect(csvTable(new TextEncoder().encode('索引号\t标题\nA-1\t标题一\n'), 'c.csv').rows[0]!.cells).toEqual([
      'A-1',
      '标题一',
    ]);
  });

  it('keeps blank rows in the count, so later rows keep Excel’s numbers', () => {
    const table = csvTable(new TextEncoder().encode('索引号,标题\r\nA-1,一\r\n,\r\nA-2,二\r\n'), 'c.csv');
    expect(table.rows.map((r) => [r.rowNumber, isSkippableRow(r)])).toEqual([
      [2, false],
      [3, true],
      [4, false],
    ]);
  });
});

describe('xlsx', () => {
  it('reads the first sheet with Excel row numbers, dates, numbers, rich text and formulas, and a domains sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('目录');
    sheet.addRow(['索引号', '标题', '发布日期', '成文日期', '文号']);
    sheet.addRow([
      'A-1',
      { richText: [{ text: '关于' }, { text: '通知', font: { bold: true } }] },
      new Date(Date.UTC(2024, 2, 5)),
      45356,
      77,
    ]);
    sheet.addRow([]);
    sheet.addRow(['A-2', { formula: '"合"&"并"', result: '合并' }, '2024/3/5', null, null]);
    const domains = workbook.addWorksheet('domains');
    domains.addRow(['名称', '代码']);
    domains.addRow(['征地补偿', 'land']);
    const tables = await xlsxTables(new Uint8Array(await workbook.xlsx.writeBuffer()), 'catalogue.xlsx');

    expect(tables.catalogue.headers).toEqual(['索引号', '标题', '发布日期', '成文日期', '文号']);
    expect(tables.catalogue.rows.map((r) => r.rowNumber)).toEqual([2, 4]);
    const [first, second] = tables.catalogue.rows;
    expect(first!.cells[1]).toBe('关于通知');
    expect(first!.cells[2]).toEqual(new Date(Date.UTC(2024, 2, 5)));
    expect(first!.cells[3]).toBe(45356);
    expect(second!.cells[1]).toBe('合并');
    expect(tables.domains?.label).toBe('catalogue.xlsx 的「domains」表');
    expect(tables.domains?.rows[0]!.cells).toEqual(['征地补偿', 'land']);
  });

  it('refuses a file that is not an xlsx with a message for staff', async () => {
    await expect(xlsxTables(new TextEncoder().encode('not a zip'), 'catalogue.xlsx')).rejects.toThrow(
      /不是有效的 Excel/,
    );
  });
});

describe('JSON', () => {
  it('takes a list or { documents, domains }, with lists as lists and English headers', () => {
    const tables = jsonTables(
      JSON.stringify({
        title: '目录',
        documents: [{ indexNo: 'A-1', title: '一', files: ['a.pdf', { path: 'b.pdf' }] }],
        domains: { 征地补偿: 'land' },
      }),
      'catalogue.json',
    );
    expect(tables.catalogue.rowWord).toBe('条');
    expect(tables.catalogue.headers.map((h) => fieldForHeader(h)?.key)).toEqual(['indexNo', 'title', 'files']);
    expect(tables.catalogue.rows[0]).toEqual({ rowNumber: 1, cells: ['A-1', '一', ['a.pdf', 'b.pdf']] });
    expect(tables.domains?.rows[0]!.cells).toEqual(['征地补偿', 'land']);
    expect(tables.meta.title).toBe('目录');
    expect(jsonTables('[{"标题":"二"}]', 'catalogue.json').catalogue.rows[0]!.cells).toEqual(['二']);
  });
});

describe('headers', () => {
  it('knows the Chinese headers, DESIGN’s English names and decorated forms', () => {
    expect(fieldForHeader('成文日期')?.key).toBe('writtenDate');
    expect(fieldForHeader('writtenDate')?.key).toBe('writtenDate');
    expect(fieldForHeader(' 标题（必填）')?.key).toBe('title');
    expect(fieldForHeader('*索引号')?.key).toBe('indexNo');
    expect(fieldForHeader('ONLINEURL')?.key).toBe('onlineUrl');
    expect(fieldForHeader('备注')).toBeUndefined();
  });
});

describe('the templates staff copy', () => {
  it.each(['catalogue-template.xlsx', 'catalogue-template.csv'])(
    '%s: every column is known, the notes row is skipped, the example row is read',
    async (name) => {
      const dir = await sourceFolder({});
      const { copyFile } = await import('node:fs/promises');
      await copyFile(join(TEMPLATES, name), join(dir, name.replace('-template', '')));
      const sheets = await readSourceSheets(dir, new Problems());
      expect(sheets).not.toBeNull();
      expect(sheets!.catalogue.headers.every((h) => fieldForHeader(h))).toBe(true);
      const rows = sheets!.catalogue.rows.filter((r) => !isSkippableRow(r));
      expect(rows.map((r) => r.rowNumber)).toEqual([3]);
      expect(rows[0]!.cells[0]).toBe('11530425/2024-00012');
    },
  );
});
