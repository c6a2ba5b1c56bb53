// Staff see every problem of a sheet at once, each naming row, column and value, and a sheet with errors writes nothing.
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { minimalPdf } from '../lib/minimal-pdf.ts';
import { packPackage } from './pack-package.ts';
import { docRow, emptyDir, excelCsv, sheetRows, sourceFolder } from './test-source-folder.ts';

const pdf = (title: string) => minimalPdf({ pages: [[title, '正文内容，用于检索。']] });

async function packRows(rows: Record<string, string>[], extraFiles: Record<string, Uint8Array | string> = {}) {
  const files: Record<string, Uint8Array | string> = { 'catalogue.csv': excelCsv(sheetRows(rows)), ...extraFiles };
  for (const row of rows)
    for (const path of (row['文件'] ?? '').split(/[；;]/))
      if (path && !(path in files) && !path.startsWith('missing')) files[path] = pdf(row['标题'] ?? '');
  const source = await sourceFolder(files);
  const out = join(await emptyDir(), 'out');
  const result = await packPackage({ sourceDir: source, out, now: new Date('2026-01-01T00:00:00Z') });
  return { result, out, errors: result.problems.filter((p) => p.severity === 'error'), source };
}

describe('every problem at once', () => {
  it('names sheet, Excel row, column header and value for each bad cell, and writes nothing at OUT', async () => {
    const { result, out, errors } = await packRows([
      docRow(1, { 成文日期: '2024-13-45' }),
      docRow(2, { 标题: '' }),
      docRow(3, { 文件: 'missing/不存在.pdf' }),
      docRow(4, { 重点领域: '交通运输' }),
      docRow(5, { 有效性: '作废' }),
      docRow(6, { 相关文件: '11530425/2024-09999' }),
      docRow(7, { 索引号: '11530425/2024-00001' }),
      docRow(8, { 替代文件: '11530425/2024-08888' }),
      docRow(9, { 发布日期: '2023-02-29' }),
      docRow(10, { 原文链接: 'www.example.gov.cn' }),
      docRow(11, { 公开方式: '内部' }),
    ]);
    expect(result.ok).toBe(false);
    expect(existsSync(out)).toBe(false);
    expect(await readdir(dirname(out))).toEqual([]);
    expect(errors.map((e) => e.message)).toEqual([
      'catalogue.csv 第 2 行「成文日期」：“2024-13-45” 不是有效日期（可写 2024-03-05、2024/3/5、2024年3月5日）',
      'catalogue.csv 第 3 行「标题」：不能为空',
      'catalogue.csv 第 4 行「文件」：找不到文件“missing/不存在.pdf”（路径相对于资料文件夹，注意扩展名）',
      expect.stringMatching(
        /^catalogue\.csv 第 5 行「重点领域」：“交通运输” 不在重点领域列表中（可填：征地补偿、拆迁安置、/,
      ),
      'catalogue.csv 第 6 行「有效性」：“作废” 不是可选值（只能填 有效、已修订、失效、废止）',
      'catalogue.csv 第 10 行「发布日期」：“2023-02-29” 不是有效日期（可写 2024-03-05、2024/3/5、2024年3月5日）',
      'catalogue.csv 第 11 行「原文链接」：“www.example.gov.cn” 不是有效网址（应以 http:// 或 https:// 开头）',
      'catalogue.csv 第 12 行「公开方式」：“内部” 不是可选值（只能填 主动公开、依申请公开）',
      'catalogue.csv 第 8 行「索引号」：“11530425/2024-00001” 与第 2 行重复',
      'catalogue.csv 第 7 行「相关文件」：索引号“11530425/2024-09999” 不在目录中',
      'catalogue.csv 第 9 行「替代文件」：索引号“11530425/2024-08888” 不在目录中',
    ]);
    expect(errors.map((e) => e.code)).toEqual([
      'bad-date',
      'empty-required',
      'missing-file',
      'unknown-domain',
      'unknown-validity',
      'bad-date',
      'bad-url',
      'unknown-disclosure',
      'repeated-index',
      'unknown-related',
      'unknown-replaced-by',
    ]);
  });

  it('names a missing required column once instead of an error per row', async () => {
    const { errors } = await packRows([{ 索引号: 'A-1', 标题: '一', 文件: 'a.pdf' }]);
    expect(errors.map((e) => e.message)).toEqual([
      'catalogue.csv 第 1 行缺少「发布日期」列（第 1 行应是列名，可复制模板）',
    ]);
  });

  it('refuses a path outside SOURCE_DIR and suggests the file meant when only the case differs', async () => {
    const { errors } = await packRows(
      [docRow(1, { 文件: '../etc/passwd' }), docRow(2, { 文件: 'missing-2/通知.PDF' })],
      {
        'missing-2/通知.pdf': pdf('通知'),
      },
    );
    expect(errors.map((e) => e.code)).toEqual(['file-outside', 'missing-file']);
    expect(errors[1]!.message).toContain('（是不是“missing-2/通知.pdf”？）');
  });

  it('refuses more than one 替代文件 and a document related to itself', async () => {
    const { errors } = await packRows([
      docRow(1, { 替代文件: '11530425/2024-00002；11530425/2024-00003' }),
      docRow(2, { 相关文件: '11530425/2024-00002' }),
      docRow(3),
    ]);
    expect(errors.map((e) => e.code)).toEqual(['bad-replaced-by', 'unknown-related']);
  });

  it('says so when there is no sheet, or two', async () => {
    const none = await packPackage({
      sourceDir: await sourceFolder({ 'a.pdf': pdf('a') }),
      out: join(await emptyDir(), 'o'),
    });
    expect(none.problems.map((p) => p.code)).toEqual(['no-sheet']);
    const two = await packPackage({
      sourceDir: await sourceFolder({ 'catalogue.csv': '索引号\r\n', 'catalogue.json': '[]' }),
      out: join(await emptyDir(), 'o'),
    });
    expect(two.problems.map((p) => p.code)).toEqual(['many-sheets']);
  });

  it('refuses to replace a folder at OUT that is not a package', async () => {
    const out = await sourceFolder({ '重要.docx': 'staff files' });
    const source = await sourceFolder({ 'catalogue.csv': excelCsv(sheetRows([docRow(1)])), 'doc1.pdf': pdf('一') });
    const result = await packPackage({ sourceDir: source, out });
    expect(result.problems.map((p) => p.code)).toEqual(['bad-out']);
    expect(await readdir(out)).toEqual(['重要.docx']);
  });

  it('refuses a domain sheet row without a name, and a domain the package’s own list does not have', async () => {
    const domains = excelCsv([
      ['名称', '代码'],
      ['交通运输', 'transport'],
      ['', 'nameless'],
    ]);
    const { errors } = await packRows([docRow(1, { 重点领域: '交通运输' }), docRow(2)], { 'domains.csv': domains });
    expect(errors.map((e) => e.message)).toEqual([
      'domains.csv 第 3 行「名称」：重点领域名称不能为空',
      'catalogue.csv 第 3 行「重点领域」：“涉农补贴” 不在重点领域列表中（可填：交通运输，或“其他”）',
    ]);
  });
});
