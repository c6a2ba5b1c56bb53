// `npx tsx scripts/pack/make-templates.ts`: writes the sheet templates staff copy (templates/catalogue-template.xlsx and .csv).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { DEMO_DOMAINS } from '../../src/shared/package-format.ts';
import { CATALOGUE_FIELDS } from './catalogue-fields.ts';

const OUT_DIR = join(import.meta.dirname, 'templates');
// Pack skips a row whose first cell starts with this, so the notes can stay in a copied sheet.
const NOTES_MARK = '【填写说明】';

const headers = CATALOGUE_FIELDS.map((f) => f.header);
const notes = CATALOGUE_FIELDS.map((f, i) => `${i === 0 ? NOTES_MARK : ''}${f.note}`);
const example = CATALOGUE_FIELDS.map((f) => f.example);

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** As Excel's “CSV UTF-8” saves it: a BOM, CRLF line ends, quotes only where needed. */
async function writeCsv() {
  const text = [headers, notes, example].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
  await writeFile(join(OUT_DIR, 'catalogue-template.csv'), '\ufeff' + text);
}

async function writeXlsx() {
  const workbook = new ExcelJS.Workbook();
  // Fixed, so regenerating the template does not change it.
  workbook.created = workbook.modified = new Date('2026-01-01T00:00:00Z');
  workbook.creator = '查阅 Chayue';

  const sheet = workbook.addWorksheet('目录', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(headers);
  sheet.addRow(notes);
  sheet.addRow(example);
  sheet.columns.forEach((column, i) => {
    const field = CATALOGUE_FIELDS[i]!;
    column.width =
      field.key === 'title' || field.key === 'files' || field.key === 'onlineUrl'
        ? 40
        : field.key === 'summary'
          ? 30
          : 16;
    // Text format, so Excel keeps 索引号 and 文号 as typed instead of turning them into numbers or dates.
    if (field.key !== 'writtenDate' && field.key !== 'publishDate') column.numFmt = '@';
  });
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  CATALOGUE_FIELDS.forEach((field, i) => {
    header.getCell(i + 1).note = field.note;
    if (field.required) header.getCell(i + 1).font = { bold: true, color: { argb: 'FFC00000' } };
  });
  const notesRow = sheet.getRow(2);
  notesRow.font = { italic: true, color: { argb: 'FF7F7F7F' } };
  notesRow.alignment = { wrapText: true, vertical: 'top' };
  notesRow.height = 90;

  const guide = workbook.addWorksheet('填写说明');
  guide.columns = [{ width: 14 }, { width: 8 }, { width: 80 }, { width: 40 }];
  guide.addRow(['列名', '必填', '说明', '示例']).font = { bold: true };
  for (const field of CATALOGUE_FIELDS)
    guide.addRow([field.header, field.required ? '是' : '', field.note, field.example]);
  guide.addRow([]);
  for (const line of [
    '第 1 个工作表是目录：第 1 行是列名，从第 2 行起每行一个文件。以【填写说明】开头的行不会打包，可以留着。',
    '“domains”工作表是重点领域列表（名称和代码）；可以修改，“重点领域”列只能填这里的名称。',
    '文件和本表放在同一个资料文件夹里，然后运行：npm run pack -- 资料文件夹 --out 输出位置 --key private.pem',
  ]) {
    guide.addRow([line]);
  }
  guide.getColumn(3).alignment = { wrapText: true, vertical: 'top' };

  const domains = workbook.addWorksheet('domains');
  domains.columns = [
    { header: '名称', width: 16 },
    { header: '代码', width: 28 },
  ];
  domains.getRow(1).font = { bold: true };
  for (const d of DEMO_DOMAINS) domains.addRow([d.name, d.key]);

  await writeFile(join(OUT_DIR, 'catalogue-template.xlsx'), new Uint8Array(await workbook.xlsx.writeBuffer()));
}

await writeCsv();
await writeXlsx();
console.log(`templates written to ${OUT_DIR}`);
