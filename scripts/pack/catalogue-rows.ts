// Reads the whole catalogue sheet: headers to fields, every row, then what only the whole sheet shows (repeats, links by 索引号).
import { CATALOGUE_FIELDS, fieldForHeader, type FieldKey } from './catalogue-fields.ts';
import { documentIds, isUrlSafeId } from './document-ids.ts';
import type { DomainList } from './domain-list.ts';
import { cellPlace, quoted, type Problems } from './problems.ts';
import { readRow, type DocumentDraft } from './row-fields.ts';
import { cleanText, isSkippableRow, type SheetTable } from './sheet-table.ts';
import type { SourceFiles } from './source-files.ts';

/** A draft with its id and its links resolved from 索引号 to ids. */
export interface LinkedDraft extends DocumentDraft {
  id: string;
  related: string[];
  replacedBy?: string;
}

export function readCatalogueRows(
  table: SheetTable,
  domains: DomainList,
  files: SourceFiles,
  problems: Problems,
): LinkedDraft[] {
  const columns = mapColumns(table, problems);
  if (!columns) return [];
  const drafts = table.rows
    .filter((row) => !isSkippableRow(row))
    .map((row) => readRow(row, { table, columns, domains, files, problems }));
  if (drafts.length === 0) {
    problems.error('no-documents', `${table.label} 中没有文件条目：从第 2 行起每行填写一个文件`);
    return [];
  }
  const place = (draft: DocumentDraft, key: FieldKey) =>
    cellPlace(table, draft.rowNumber, table.headers[columns.get(key)!]);

  const firstRowOf = new Map<string, DocumentDraft>();
  for (const draft of drafts) {
    if (!draft.indexNo) continue;
    const first = firstRowOf.get(draft.indexNo);
    if (first)
      problems.error(
        'repeated-index',
        `${place(draft, 'indexNo')}：${quoted(draft.indexNo)} 与第 ${first.rowNumber} ${table.rowWord}重复`,
      );
    else firstRowOf.set(draft.indexNo, draft);
  }

  const ids = assignIds(drafts, table, columns, problems);
  const idOf = (indexNo: string) => {
    const draft = firstRowOf.get(indexNo);
    return draft ? ids.get(draft) : undefined;
  };
  const linked = drafts.map((draft): LinkedDraft => {
    const related: string[] = [];
    for (const indexNo of draft.relatedIndexNos) {
      const id = idOf(indexNo);
      if (!id) problems.error('unknown-related', `${place(draft, 'related')}：索引号${quoted(indexNo)} 不在目录中`);
      else if (indexNo === draft.indexNo)
        problems.error('unknown-related', `${place(draft, 'related')}：不能填写本文件自己的索引号`);
      else if (!related.includes(id)) related.push(id);
    }
    let replacedBy: string | undefined;
    if (draft.replacedByIndexNo) {
      replacedBy = idOf(draft.replacedByIndexNo);
      if (!replacedBy)
        problems.error(
          'unknown-replaced-by',
          `${place(draft, 'replacedBy')}：索引号${quoted(draft.replacedByIndexNo)} 不在目录中`,
        );
      else if (draft.replacedByIndexNo === draft.indexNo)
        problems.error('bad-replaced-by', `${place(draft, 'replacedBy')}：不能填写本文件自己的索引号`);
    }
    return { ...draft, id: ids.get(draft) ?? '', related, ...(replacedBy ? { replacedBy } : {}) };
  });
  mirrorRelated(linked);
  return linked;
}

/** Header index per field; an error for a missing required column or one given twice, a warning for one the kiosk ignores. */
function mapColumns(table: SheetTable, problems: Problems): Map<FieldKey, number> | null {
  const columns = new Map<FieldKey, number>();
  table.headers.forEach((header, at) => {
    if (!cleanText(header)) return;
    const field = fieldForHeader(header);
    if (!field) {
      problems.warn('unknown-column', `${table.label}「${header}」列不是目录字段，已忽略`);
    } else if (columns.has(field.key)) {
      problems.error(
        'repeated-column',
        `${table.label}「${header}」与「${table.headers[columns.get(field.key)!]}」是同一列，只能保留一个`,
      );
    } else {
      columns.set(field.key, at);
    }
  });
  const missing = CATALOGUE_FIELDS.filter((f) => f.required && !columns.has(f.key));
  for (const field of missing)
    problems.error('missing-column', `${table.label} 第 1 行缺少「${field.header}」列（第 1 行应是列名，可复制模板）`);
  return missing.length ? null : columns;
}

function assignIds(drafts: DocumentDraft[], table: SheetTable, columns: Map<FieldKey, number>, problems: Problems) {
  const made = documentIds(drafts.map((d) => d.indexNo));
  const ids = new Map<DocumentDraft, string>();
  const owner = new Map<string, DocumentDraft>();
  drafts.forEach((draft, i) => {
    const id = draft.id ?? made[i]!;
    const place = cellPlace(table, draft.rowNumber, draft.id ? table.headers[columns.get('id')!] : undefined);
    if (draft.id && !isUrlSafeId(draft.id)) {
      problems.error('bad-id', `${place}：${quoted(draft.id)} 只能用英文字母、数字和 - . _ ~`);
    } else if (owner.has(id) && draft.indexNo && owner.get(id)!.indexNo !== draft.indexNo) {
      problems.error(
        'repeated-id',
        `${place}：编号${quoted(id)} 与第 ${owner.get(id)!.rowNumber} ${table.rowWord}重复`,
      );
    }
    if (!owner.has(id)) owner.set(id, draft);
    ids.set(draft, id);
  });
  return ids;
}

/** A policy and its 解读 point at each other on the kiosk, whichever of the two rows named the other. */
function mirrorRelated(drafts: LinkedDraft[]) {
  const byId = new Map(drafts.map((d) => [d.id, d]));
  for (const draft of drafts) {
    for (const id of draft.related) {
      const other = byId.get(id);
      if (other && !other.related.includes(draft.id)) other.related.push(draft.id);
    }
  }
}
