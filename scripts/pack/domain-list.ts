// The package's 重点领域: the 13 demo domains unless a domains sheet says otherwise, and the lookup from a Chinese name to a key.
import { DEMO_DOMAINS, type Domain } from '../../src/shared/package-format.ts';
import { cellPlace, quoted, type Problems } from './problems.ts';
import { cellText, isSkippableRow, type SheetTable } from './sheet-table.ts';
import { normaliseHeader } from './catalogue-fields.ts';

export const OTHER_DOMAIN = 'other';
const OTHER_NAMES = ['其他', '其它', 'other'];
const URL_SAFE = /^[A-Za-z0-9._~-]+$/;

export class DomainList {
  private readonly byName = new Map<string, string>();

  constructor(readonly domains: Domain[]) {
    for (const d of domains) {
      this.byName.set(d.name, d.key);
      this.byName.set(d.key.toLowerCase(), d.key);
    }
  }

  /** The key for what staff wrote: a listed Chinese name (or key), 其他 or blank for `other`; undefined when unknown. */
  keyFor(written: string): string | undefined {
    if (written === '' || OTHER_NAMES.includes(written.toLowerCase())) return OTHER_DOMAIN;
    return this.byName.get(written) ?? this.byName.get(written.toLowerCase());
  }

  get names(): string {
    return this.domains.map((d) => d.name).join('、');
  }
}

/** Reads a domains sheet (columns 名称/name and optionally 代码/key, in display order); without one, the demo's 13. */
export function readDomainList(table: SheetTable | null, problems: Problems): DomainList {
  if (!table) return new DomainList(DEMO_DOMAINS);
  const column = (...names: string[]) => table.headers.findIndex((h) => names.includes(normaliseHeader(h)));
  const nameAt = column('名称', 'name', '重点领域', '领域');
  const keyAt = column('代码', 'key', '编码', '英文代码');
  if (nameAt < 0) {
    problems.error('missing-column', `${table.label} 缺少「名称」列：每行写一个重点领域的中文名称`);
    return new DomainList([]);
  }
  const domains: Domain[] = [];
  for (const row of table.rows) {
    if (isSkippableRow(row)) continue;
    const name = cellText(row.cells[nameAt]);
    const writtenKey = keyAt >= 0 ? cellText(row.cells[keyAt]) : '';
    // Keys appear in the kiosk's addresses (#/browse?domain=): staff need not invent one, the row order gives it.
    const key = writtenKey || `domain-${domains.length + 1}`;
    const header = table.headers[nameAt];
    if (!name) {
      problems.error('bad-domain-row', `${cellPlace(table, row.rowNumber, header)}：重点领域名称不能为空`);
    } else if (!URL_SAFE.test(key)) {
      problems.error(
        'bad-domain-row',
        `${cellPlace(table, row.rowNumber, table.headers[keyAt])}：${quoted(key)} 只能用英文字母、数字和 - . _ ~`,
      );
    } else if (domains.some((d) => d.name === name || d.key === key)) {
      problems.error('bad-domain-row', `${cellPlace(table, row.rowNumber, header)}：${quoted(name)} 重复`);
    } else if (key === OTHER_DOMAIN || OTHER_NAMES.includes(name)) {
      problems.error(
        'bad-domain-row',
        `${cellPlace(table, row.rowNumber, header)}：“其他”不用列出，不属于任何领域的文件自动归入其他`,
      );
    } else {
      domains.push({ key, name });
    }
  }
  return new DomainList(domains);
}
