// Every copy says where it came from and whether it still applies: a 失效 document's every sheet says so, and a web page prints as text with footers.
import { expect, test } from './fixtures/terminal.ts';
import { openHome, readDemo } from './fixtures/kiosk.ts';
import { pdfPagesText, printCalls, readPrintLog, recordPrints } from './fixtures/print.ts';

const { catalogue } = readDemo();
const expired = catalogue.documents.find((d) => d.validity === '失效' && d.files[0]?.type === 'application/pdf')!;
const webPage = catalogue.documents.find((d) => d.files[0]?.type === 'text/html')!;
const site = '云溪县政务服务中心政府信息公开查阅点';

test('a document no longer in force says so over the page while it is read, and on every printed sheet', async ({
  page,
}) => {
  await openHome(page);
  await page.goto(`/#/doc/${expired.id}`);
  // Over the reading area, on each page, not only in the entry beside it.
  const stamp = page.getByTestId('doc-viewer').getByTestId('validity-stamp');
  await expect(stamp).toHaveText('本文件已失效');
  await page.getByRole('button', { name: /下一页/ }).click();
  await expect(page.getByTestId('doc-page').and(page.locator('[data-page="2"][data-rendered="true"]'))).toBeVisible();
  await expect(stamp).toBeVisible();
  await page.getByRole('button', { name: /上一页/ }).click();
  await page.getByTestId('print-button').click();
  const dialog = page.getByTestId('print-dialog');
  await expect(dialog.getByTestId('print-preview')).toContainText('本文件已失效');
  await recordPrints(page);
  await dialog.getByTestId('print-confirm').click();
  await expect(dialog).toHaveAttribute('data-state', 'sent', { timeout: 60_000 });
  const [call] = await printCalls(page);
  expect(call!.pages).toEqual(['1', '2']);

  const sheets = page.locator('#print-root').getByTestId('print-sheet');
  await expect(sheets.nth(0).getByTestId('print-meta')).toContainText(expired.indexNo);
  await expect(sheets.nth(0).getByTestId('print-meta')).toContainText('提示：本文件已失效，不再执行。');
  await expect(sheets.nth(0).getByTestId('print-meta')).toContainText(expired.publisher);
  await expect(sheets.nth(1).getByTestId('print-meta')).toHaveCount(0);
  // Every sheet's footer says it, so no sheet taken alone passes as in force.
  for (const sheet of [0, 1]) await expect(sheets.nth(sheet).getByTestId('print-validity')).toHaveText('本文件已失效');
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: test.info().outputPath('expired-print.png'), fullPage: true });
});

test('a web-page document prints as reflowed text, its provenance footer and page count on every sheet', async ({
  page,
}) => {
  await openHome(page);
  await page.goto(`/#/doc/${webPage.id}`);
  await page.getByTestId('print-button').click();
  const dialog = page.getByTestId('print-dialog');
  await expect(dialog).toContainText('全部（约');
  await recordPrints(page);
  await dialog.getByTestId('print-confirm').click();
  await expect(dialog).toHaveAttribute('data-state', 'sent', { timeout: 60_000 });

  const text = page.locator('#print-root').getByTestId('print-text');
  await expect(text).toContainText(webPage.title);
  await expect(text.getByTestId('print-footer')).toContainText(webPage.indexNo);
  await expect(text.getByTestId('qr-code')).toHaveAttribute('data-url', webPage.onlineUrl!);
  await expect(page.locator('#print-root iframe, #print-root script, #print-root a')).toHaveCount(0);

  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: test.info().outputPath('html-print.png'), fullPage: true });
  const pages = await pdfPagesText(await page.pdf({ preferCSSPageSize: true }));
  expect(pages.length).toBeGreaterThanOrEqual(1);
  pages.forEach((sheet, i) => {
    expect(sheet).toContain(site);
    expect(sheet).toContain(webPage.indexNo);
    expect(sheet).toMatch(new RegExp(`第 ?${i + 1} ?\\S / 共 ?${pages.length} ?\\S`));
    for (const ui of ['打印这份文件', '回到首页', '用手机继续']) expect(sheet).not.toContain(ui);
  });
  expect(await readPrintLog(page)).toEqual([
    expect.objectContaining({ docId: webPage.id, pages: 'text', copies: 1, role: 'resident' }),
  ]);
});
