// The usage report as files: CSV (UTF-8 with BOM) and an XLSX workbook with a sheet per table; exceljs loads only here.
import { reportCsv, type ReportTable } from '../../kiosk/usage-report.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function csvBlob(tables: readonly ReportTable[]): Blob {
  return new Blob([reportCsv(tables)], { type: 'text/csv;charset=utf-8' });
}

/** About 250 KB gzipped of exceljs: fetched when staff export, never with the kiosk's screens. */
export async function xlsxBlob(tables: readonly ReportTable[]): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '查阅 Chayue';
  for (const table of tables) {
    // Excel refuses sheet names with []:*?/\ or longer than 31 characters.
    const sheet = workbook.addWorksheet(table.title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31));
    sheet.addRow(table.header).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row);
    // The totals row stands out, as in a hand-made report.
    const last = sheet.lastRow;
    if (last) last.font = { bold: true };
    sheet.columns.forEach((column, i) => {
      const widest = Math.max(...[table.header, ...table.rows].map((r) => String(r[i] ?? '').length));
      // Chinese characters are about two columns wide.
      column.width = Math.min(60, Math.max(10, widest * 2 + 2));
    });
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], { type: XLSX_TYPE });
}
