// The figures for the annual report count exactly what residents did, never keep an ID number, and export to CSV and XLSX alike.
import { type Page } from '@playwright/test';
import { expect, test } from './fixtures/terminal.ts';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { enterPin, STAFF_PIN } from './fixtures/admin.ts';
import { openHome, readDemo } from './fixtures/kiosk.ts';
import { printCalls, recordPrints } from './fixtures/print.ts';
import { exportedFile, readUsageStore, withoutSavePicker } from './fixtures/usage.ts';

const { catalogue } = readDemo();
const doc = catalogue.documents.find((d) => d.id === 'yx-2026-hbj-015')!;
const domainName = catalogue.domains.find((d) => d.key === doc.domain)!.name;
const ID_NUMBER = '110101199003071234';

async function search(page: Page, query: string) {
  await page.getByTestId('search-input').fill(query);
  await expect(page.getByTestId('search-results')).toHaveAttribute('data-query', query);
}

/** The export's row whose first cell is `label`, in the section that starts with `title` (CSV sections are blank-line separated). */
function csvRow(rows: string[][], title: string, label: string): string[] {
  const start = rows.findIndex((r) => r[0] === title);
  const end = rows.findIndex((r, i) => i > start && r.length === 1 && r[0] === '');
  const row = rows.slice(start, end === -1 ? undefined : end).find((r) => r[0] === label);
  if (!row) throw new Error(`no row ${label} in ${title}`);
  return row;
}

test('a scripted session is counted exactly, stored masked, and both exports carry the same numbers', async ({
  page,
}) => {
  await withoutSavePicker(page);
  await openHome(page);
  await page.evaluate(() => (location.hash = '#/search'));
  // The resident's first touch opens the session.
  await page.getByTestId('search-input').click();

  await search(page, `低保 ${ID_NUMBER}`);
  await expect(page.getByTestId('search-results')).toHaveAttribute('data-count', '0');
  // Counted once the resident pauses on it: wait until it is stored before typing the next query.
  await expect.poll(async () => (await readUsageStore(page))[0]?.searches ?? 0, { timeout: 10_000 }).toBe(1);

  await search(page, '重点排污单位监督性监测');
  await page.locator(`[data-testid="result-item"][data-id="${doc.id}"]`).first().click();
  await expect(page.getByTestId('doc-viewer')).toHaveAttribute('data-id', doc.id);

  // Both follow-up codes show; one is tapped to enlarge.
  await expect(page.locator('[data-testid="qr-code"][data-kind="original"]')).toHaveCount(1);
  await expect(page.locator('[data-testid="qr-code"][data-kind="apply"]')).toHaveCount(1);
  await page.locator('[data-testid="qr-code"][data-kind="original"]').click();
  await expect(page.locator('[data-testid="qr-code"][data-kind="original"]')).toHaveCount(2);
  await page.getByRole('button', { name: '关闭' }).click();

  await recordPrints(page);
  await page.getByTestId('print-button').click();
  const dialog = page.getByTestId('print-dialog');
  await expect(page.getByTestId('print-preview').locator('img')).toBeVisible({ timeout: 30_000 });
  await dialog.getByTestId('print-confirm').click();
  await expect(dialog).toHaveAttribute('data-state', 'sent', { timeout: 60_000 });
  expect(await printCalls(page)).toHaveLength(1);
  await dialog.getByRole('button', { name: '好的' }).click();

  await page.getByTestId('help-button').first().click();
  await expect(page.getByTestId('help-dialog')).toBeVisible();
  await page.getByTestId('help-dialog').getByRole('button').click();

  await expect
    .poll(async () => {
      const [day] = await readUsageStore(page);
      return (
        day && [
          day.sessions,
          day.searches,
          day.searchesWithoutResults,
          day.views[doc.id],
          day.printJobs,
          day.printPages,
          day.helpCalls,
        ]
      );
    })
    .toEqual([1, 2, 1, 1, 1, 1, 1]);
  const [day] = await readUsageStore(page);
  expect(day!.qr).toEqual({ original: 1, apply: 1, 'original-enlarged': 1 });
  // Nothing stored anywhere in the figures holds the ID number, or any run of six digits.
  expect(JSON.stringify(day!.queries)).not.toMatch(/\d{6}/);
  expect(Object.keys(day!.queries)).toContain(`低保 ${'*'.repeat(18)}`);

  await page.evaluate(() => (location.hash = '#/admin'));
  await enterPin(page, STAFF_PIN);
  await expect(page.getByTestId('today-figures')).toHaveText('今天：1 人次使用，检索 2 次，查阅文件 1 次，打印 1 页。');

  // The date range reads as Chinese dates (年 月 日) whatever the machine's locale, from this year's first day.
  const from = page.getByTestId('figures-from');
  await expect(from).toHaveAttribute('data-value', `${new Date().getFullYear()}-01-01`);
  expect(await from.locator('select').evaluateAll((all) => all.map((s) => (s as HTMLSelectElement).value))).toEqual([
    String(new Date().getFullYear()),
    '1',
    '1',
  ]);
  await expect(from).toContainText('年');

  const csvBytes = await exportedFile(page, 'export-csv');
  await expect(page.getByTestId('admin-result')).toContainText('已导出');
  expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csvText = csvBytes.toString('utf8');
  const rows = parse(csvText, { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
  const month = csvRow(rows, '按月汇总', '合计');
  //           sessions searches none views jobs pages not-printed original apply link enlarged help
  expect(month.slice(1)).toEqual(['1', '2', '1', '1', '1', '1', '0', '1', '1', '0', '1', '1']);
  expect(csvRow(rows, '按重点领域', domainName)[1]).toBe('1');
  expect(csvRow(rows, '按文件', doc.indexNo).slice(1)).toEqual([doc.title, domainName, '1']);
  const querySection = csvText.slice(csvText.indexOf('检索词'));
  expect(querySection).toContain(`低保 ${'*'.repeat(18)}`);
  expect(querySection).not.toMatch(/\d{6}/);
  await page.screenshot({ path: test.info().outputPath('exported.png') });

  const xlsxBytes = await exportedFile(page, 'export-xlsx');
  const workbook = new ExcelJS.Workbook();
  // ExcelJS types its argument as a plain ArrayBuffer.
  await workbook.xlsx.load(new Uint8Array(xlsxBytes).buffer);
  const sheet = workbook.getWorksheet('按月汇总')!;
  const total = sheet.getRow(sheet.rowCount).values as unknown[];
  expect(total.slice(1)).toEqual(['合计', 1, 2, 1, 1, 1, 1, 0, 1, 1, 0, 1, 1]);
  const docs = workbook.getWorksheet('按文件')!;
  expect(docs.getRow(2).values).toEqual([undefined, doc.indexNo, doc.title, domainName, 1]);

  // Only now, with the figures saved, may staff clear the print log.
  await page.getByTestId('clear-print-log').click();
  await page.getByTestId('clear-yes').click();
  await expect(page.getByTestId('admin-result')).toHaveText('已清空 1 条打印记录。使用统计不受影响。');
});
