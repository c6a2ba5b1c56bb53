// Reads one catalogue row into a document draft, naming every bad cell (row, header, value) instead of stopping at the first.
import type { Disclosure, Validity } from '../../src/shared/package-format.ts';
import { DISCLOSURES, VALIDITIES, type FieldKey } from './catalogue-fields.ts';
import type { DomainList } from './domain-list.ts';
import { cellPlace, quoted, type Problems } from './problems.ts';
import { sheetDate } from './sheet-dates.ts';
import { cellList, cellText, isBlank, type CellValue, type SheetRow, type SheetTable } from './sheet-table.ts';
import type { SourceFiles } from './source-files.ts';

export interface DocumentDraft {
  rowNumber: number;
  /** From an `id` column; otherwise made from the 索引号 later. */
  id?: string;
  indexNo: string;
  title: string;
  publisher: string;
  docNo: string;
  writtenDate: string;
  publishDate: string;
  topics: string[];
  domain: string;
  genre: string;
  disclosure: Disclosure;
  scope: string;
  validity: Validity;
  keywords: string[];
  summary: string;
  /** Paths relative to SOURCE_DIR, as on disk. */
  sourceFiles: string[];
  onlineUrl?: string;
  relatedIndexNos: string[];
  replacedByIndexNo?: string;
}

const LIST_SEPARATORS = /[；;，,\n]/;
// File names may hold commas, never semicolons in practice.
const FILE_SEPARATORS = /[；;\n]/;
const INDEX_SEPARATORS = /[；;，,、\s]+/;

const VALIDITY_WORDS: Record<string, Validity> = { 现行有效: '有效', 修订: '已修订', 已失效: '失效', 已废止: '废止' };
const DISCLOSURE_WORDS: Record<string, Disclosure> = { 主动: '主动公开', 依申请: '依申请公开' };

export interface RowContext {
  table: SheetTable;
  /** Column index of each field the sheet has. */
  columns: Map<FieldKey, number>;
  domains: DomainList;
  files: SourceFiles;
  problems: Problems;
}

export function readRow(row: SheetRow, ctx: RowContext): DocumentDraft {
  const { table, columns, problems } = ctx;
  const cell = (key: FieldKey): CellValue | undefined => {
    const at = columns.get(key);
    return at === undefined ? undefined : row.cells[at];
  };
  const place = (key: FieldKey) => cellPlace(table, row.rowNumber, table.headers[columns.get(key)!]);
  const text = (key: FieldKey) => cellText(cell(key));
  const required = (key: FieldKey) => {
    const value = text(key);
    if (!value) problems.error('empty-required', `${place(key)}：不能为空`);
    return value;
  };
  const date = (key: FieldKey) => {
    const value = cell(key);
    if (value === undefined || isBlank(value)) return '';
    const iso = sheetDate(value);
    if (iso === null)
      problems.error(
        'bad-date',
        `${place(key)}：${quoted(cellText(value) || value)} 不是有效日期（可写 2024-03-05、2024/3/5、2024年3月5日）`,
      );
    return iso ?? '';
  };
  const oneOf = <T extends string>(
    key: FieldKey,
    allowed: readonly T[],
    words: Record<string, T>,
    fallback: T,
    code: 'unknown-validity' | 'unknown-disclosure',
  ) => {
    const value = text(key);
    if (!value) return fallback;
    const found = (allowed as readonly string[]).includes(value) ? (value as T) : words[value];
    if (!found) problems.error(code, `${place(key)}：${quoted(value)} 不是可选值（只能填 ${allowed.join('、')}）`);
    return found ?? fallback;
  };

  const indexNo = required('indexNo');
  const title = required('title');
  const writtenDate = date('writtenDate');
  const publishDate = text('publishDate') ? date('publishDate') : required('publishDate');

  if (!text('files')) required('files');
  const domainName = text('domain');
  const domain = ctx.domains.keyFor(domainName);
  if (domain === undefined) {
    problems.error(
      'unknown-domain',
      `${place('domain')}：${quoted(domainName)} 不在重点领域列表中（可填：${ctx.domains.names}，或“其他”）`,
    );
  }

  const draft: DocumentDraft = {
    rowNumber: row.rowNumber,
    indexNo,
    title,
    publisher: text('publisher'),
    docNo: text('docNo'),
    writtenDate,
    publishDate,
    topics: cellList(cell('topics'), LIST_SEPARATORS),
    domain: domain ?? '',
    genre: text('genre'),
    disclosure: oneOf('disclosure', DISCLOSURES, DISCLOSURE_WORDS, '主动公开', 'unknown-disclosure'),
    scope: text('scope') || '面向全社会',
    validity: oneOf('validity', VALIDITIES, VALIDITY_WORDS, '有效', 'unknown-validity'),
    keywords: cellList(cell('keywords'), LIST_SEPARATORS),
    summary: text('summary'),
    sourceFiles: readFiles(ctx, cellList(cell('files'), FILE_SEPARATORS), () => place('files')),
    relatedIndexNos: cellList(cell('related'), INDEX_SEPARATORS),
  };

  const id = text('id');
  if (id) draft.id = id;
  const url = text('onlineUrl');
  if (url) {
    const parsed = URL.canParse(url) ? new URL(url) : null;
    if (!parsed || !/^https?:$/.test(parsed.protocol)) {
      problems.error('bad-url', `${place('onlineUrl')}：${quoted(url)} 不是有效网址（应以 http:// 或 https:// 开头）`);
    } else {
      draft.onlineUrl = parsed.href;
    }
  }
  const replacedBy = cellList(cell('replacedBy'), INDEX_SEPARATORS);
  if (replacedBy.length > 1) {
    problems.error(
      'bad-replaced-by',
      `${place('replacedBy')}：${quoted(replacedBy)} 只能填一个索引号（替代本文件的那一个）`,
    );
  } else if (replacedBy[0]) {
    draft.replacedByIndexNo = replacedBy[0];
  }
  return draft;
}

function readFiles(ctx: RowContext, written: string[], place: () => string): string[] {
  const found: string[] = [];
  for (const path of written) {
    const resolved = ctx.files.resolve(path);
    if (resolved.ok) {
      if (!found.includes(resolved.path)) found.push(resolved.path);
    } else if (resolved.reason === 'outside') {
      ctx.problems.error(
        'file-outside',
        `${place()}：${quoted(path)} 不在资料文件夹内：请把文件放进资料文件夹，写相对于它的路径`,
      );
    } else {
      const hint = resolved.suggestion
        ? `（是不是“${resolved.suggestion}”？）`
        : '（路径相对于资料文件夹，注意扩展名）';
      ctx.problems.error('missing-file', `${place()}：找不到文件${quoted(path)}${hint}`);
    }
  }
  return found;
}
