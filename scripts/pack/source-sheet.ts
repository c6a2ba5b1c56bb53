// Finds the one catalogue sheet in SOURCE_DIR (xlsx, CSV or JSON) and the domain list beside it, and reads them.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Problems } from './problems.ts';
import { csvTable, SheetReadError } from './read-csv.ts';
import { domainsJsonTable, jsonTables, type JsonTables } from './read-json.ts';
import { xlsxTables } from './read-xlsx.ts';
import type { SheetTable } from './sheet-table.ts';
import { decodeChineseText } from './text-decoding.ts';

export interface SourceSheets {
  catalogue: SheetTable;
  domains: SheetTable | null;
  meta: JsonTables['meta'];
  /** Top-level names that are sheets, not documents. */
  sheetFiles: string[];
}

const CATALOGUE_NAMES = ['catalogue.xlsx', 'catalogue.csv', 'catalogue.json'];
const DOMAIN_NAMES = ['domains.csv', 'domains.json'];

/** Reads the sheets; a sheet that cannot be read at all is an error here and the caller stops. */
export async function readSourceSheets(sourceDir: string, problems: Problems): Promise<SourceSheets | null> {
  const topLevel = await readdir(sourceDir);
  // Staff's file names come in any case (Catalogue.XLSX); Office lock files (~$catalogue.xlsx) are not sheets.
  const named = (wanted: string) => topLevel.find((name) => name.toLowerCase() === wanted);
  const found = CATALOGUE_NAMES.map(named).filter((name): name is string => name !== undefined);
  if (found.length === 0) {
    problems.error(
      'no-sheet',
      `资料文件夹 ${sourceDir} 中没有目录表：请放入 catalogue.xlsx、catalogue.csv 或 catalogue.json（可复制模板）`,
    );
    return null;
  }
  if (found.length > 1) {
    problems.error('many-sheets', `资料文件夹中有 ${found.length} 个目录表（${found.join('、')}）：只能保留一个`);
    return null;
  }
  const sheetName = found[0]!;
  const domainFiles = DOMAIN_NAMES.map(named).filter((name): name is string => name !== undefined);
  try {
    const bytes = await readFile(join(sourceDir, sheetName));
    let tables: Omit<SourceSheets, 'sheetFiles'>;
    if (sheetName.toLowerCase().endsWith('.xlsx')) tables = { ...(await xlsxTables(bytes, sheetName)), meta: {} };
    else if (sheetName.toLowerCase().endsWith('.csv'))
      tables = { catalogue: csvTable(bytes, sheetName), domains: null, meta: {} };
    else tables = jsonTables(decodeChineseText(bytes).text, sheetName);
    const domainFile = domainFiles[0];
    if (!tables.domains && domainFile) tables.domains = await readDomainFile(sourceDir, domainFile);
    return { ...tables, sheetFiles: [sheetName, ...domainFiles] };
  } catch (e) {
    if (!(e instanceof SheetReadError)) throw e;
    problems.error('unreadable-sheet', e.message);
    return null;
  }
}

async function readDomainFile(sourceDir: string, name: string): Promise<SheetTable> {
  const bytes = await readFile(join(sourceDir, name));
  if (name.toLowerCase().endsWith('.csv')) return csvTable(bytes, name);
  const text = decodeChineseText(bytes).text.replace(/^\ufeff/, '');
  try {
    return domainsJsonTable(JSON.parse(text), name);
  } catch (e) {
    if (e instanceof SheetReadError) throw e;
    throw new SheetReadError(`${name} 不是有效的 JSON：${(e as Error).message}`);
  }
}
