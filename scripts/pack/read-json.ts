// Reads catalogue.json (a list of entries, or { documents, domains?, commonTerms?, packageId?, title?, publisher? })
// into SheetTables.
import { SheetReadError } from './read-csv.ts';
import type { CellValue, SheetTable } from './sheet-table.ts';

export interface JsonTables {
  catalogue: SheetTable;
  domains: SheetTable | null;
  /** `commonTerms` goes into the package as written; the kiosk's own schema checks it when pack assembles it. */
  meta: { packageId?: string; title?: string; publisher?: string; commonTerms?: unknown };
}

export function jsonTables(text: string, fileName: string): JsonTables {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (e) {
    throw new SheetReadError(`${fileName} 不是有效的 JSON：${(e as Error).message}`);
  }
  const root = (Array.isArray(value) ? { documents: value } : value) as Record<string, unknown> | null;
  if (!root || typeof root !== 'object' || !Array.isArray(root.documents)) {
    throw new SheetReadError(`${fileName} 应是文件条目的列表，或含 documents 列表的对象`);
  }
  const textKey = (key: string) => (typeof root[key] === 'string' ? (root[key] as string) : undefined);
  return {
    catalogue: entriesTable(root.documents, fileName),
    domains: root.domains === undefined ? null : domainsJsonTable(root.domains, `${fileName} 的 domains`),
    meta: {
      packageId: textKey('packageId'),
      title: textKey('title'),
      publisher: textKey('publisher'),
      commonTerms: root.commonTerms,
    },
  };
}

/** domains.json beside a sheet, or the `domains` key: [{ key?, name }], a list of names, or { name: key }. */
export function domainsJsonTable(value: unknown, label: string): SheetTable {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    value = Object.entries(value).map(([name, key]) => ({ name, key }));
  }
  if (!Array.isArray(value)) throw new SheetReadError(`${label} 应是重点领域的列表`);
  return entriesTable(
    value.map((entry: unknown) => (typeof entry === 'string' ? { name: entry } : entry)),
    label,
  );
}

function entriesTable(entries: unknown[], label: string): SheetTable {
  const headers: string[] = [];
  const column = (key: string) => {
    const at = headers.indexOf(key);
    return at >= 0 ? at : headers.push(key) - 1;
  };
  const rows = entries.map((entry, i) => {
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) {
      throw new SheetReadError(`${label} 第 ${i + 1} 条不是一个对象（{ "标题": …, … }）`);
    }
    const cells: CellValue[] = [];
    for (const [key, v] of Object.entries(entry)) cells[column(key)] = jsonCell(v);
    return { rowNumber: i + 1, cells: Array.from(cells, (c) => c ?? null) };
  });
  return { label, rowWord: '条', headers, rows };
}

/** Lists stay lists (a file may be written { path }); anything else odd is kept as JSON text so its row gets named. */
function jsonCell(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) {
    return value.map((item) =>
      typeof item === 'string'
        ? item
        : item && typeof item === 'object' && 'path' in item
          ? String(item.path)
          : JSON.stringify(item),
    );
  }
  return JSON.stringify(value);
}
