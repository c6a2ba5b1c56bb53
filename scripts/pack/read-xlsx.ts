// Reads catalogue.xlsx with exceljs: the first sheet is the catalogue, a sheet named `domains` or 重点领域 the domain list.
import ExcelJS from 'exceljs';
import { SheetReadError } from './read-csv.ts';
import type { CellValue, SheetRow, SheetTable } from './sheet-table.ts';

const DOMAIN_SHEET = /^(domains|重点领域)$/i;
const NOTES_SHEET = /^(填写说明|说明|notes)$/i;

export interface WorkbookTables {
  catalogue: SheetTable;
  domains: SheetTable | null;
}

export async function xlsxTables(bytes: Uint8Array, fileName: string): Promise<WorkbookTables> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's types predate Node's generic Buffer; the bytes are what it expects.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new SheetReadError(
      `${fileName} 无法打开：不是有效的 Excel（.xlsx）文件。请用 Excel 或 WPS 另存为 .xlsx 后重试（${(e as Error).message}）`,
    );
  }
  const sheets = workbook.worksheets;
  const catalogue = sheets.find((s) => !DOMAIN_SHEET.test(s.name) && !NOTES_SHEET.test(s.name));
  if (!catalogue) throw new SheetReadError(`${fileName} 中没有目录工作表：第一个工作表应是文件目录`);
  const domains = sheets.find((s) => DOMAIN_SHEET.test(s.name));
  return {
    catalogue: worksheetTable(catalogue, fileName),
    domains: domains ? worksheetTable(domains, `${fileName} 的「${domains.name}」表`) : null,
  };
}

function worksheetTable(sheet: ExcelJS.Worksheet, label: string): SheetTable {
  let headers: string[] | null = null;
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    // row.values is 1-based (index 0 unused) and sparse.
    const values = (row.values as ExcelJS.CellValue[]).slice(1);
    const cells = Array.from({ length: values.length }, (_, i) => plainValue(values[i]));
    if (!headers) headers = cells.map((c) => (c === null ? '' : String(c)));
    else rows.push({ rowNumber, cells });
  });
  return { label, rowWord: '行', headers: headers ?? [], rows };
}

/** Rich text, formulas and links become what the cell shows; an Excel error (#N/A) stays visible as text. */
function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date)
    return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('error' in value) return String(value.error);
  if ('formula' in value || 'sharedFormula' in value)
    return plainValue((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('hyperlink' in value) {
    const text = (value as ExcelJS.CellHyperlinkValue).text as unknown;
    if (typeof text === 'string') return text;
    if (text && typeof text === 'object' && 'richText' in text) return plainValue(text as ExcelJS.CellRichTextValue);
    return value.hyperlink;
  }
  return String(value as unknown);
}
