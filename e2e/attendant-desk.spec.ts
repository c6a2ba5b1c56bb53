// Behind the attendant PIN, the print desk shows today's jobs and totals, finds a job in the log, prints it again
// and prints any document with more copies, each as one attendant job that does not touch the resident's allowance.
import { expect, test } from './fixtures/terminal.ts';
import { enterPin, STAFF_PIN } from './fixtures/admin.ts';
import { longestDemoPdf, openHome, readDemo } from './fixtures/kiosk.ts';
import { ATTENDANT_PIN, openPrintDialog, printCalls, readPrintLog, recordPrints } from './fixtures/print.ts';

const { catalogue } = readDemo();
const longDoc = longestDemoPdf(catalogue);
const otherDoc = catalogue.documents.find((d) => d.id !== longDoc.id && d.files[0]?.type === 'application/pdf')!;

test('the desk lists the day, finds a job, prints it again and prints another document in the attendant role', async ({
  page,
}) => {
  await openHome(page);
  // A resident prints page 4.
  const dialog = await openPrintDialog(page, longDoc.id, 4);
  await recordPrints(page);
  await dialog.locator('[data-choice="current"]').click();
  await dialog.getByTestId('print-confirm').click();
  await expect(dialog).toHaveAttribute('data-state', 'sent', { timeout: 90_000 });

  await page.evaluate(() => (location.hash = '#/attendant'));
  await enterPin(page, STAFF_PIN);
  await expect(page.getByTestId('pin-message')).toContainText('密码不对');
  await enterPin(page, ATTENDANT_PIN);
  const today = page.getByTestId('attendant-today');
  await expect(today).toHaveAttribute('data-jobs', '1');
  await expect(today).toHaveAttribute('data-sheets', '1');
  const row = page.getByTestId('print-log').locator(`tr[data-doc="${longDoc.id}"]`);
  await expect(row).toContainText(longDoc.title);
  await expect(row).toContainText('群众自助');

  // The on-screen keys find it by the digits of its 索引号, and a number no job has finds nothing.
  const digits = longDoc.indexNo.replace(/\D/g, '').slice(-5);
  for (const d of digits) await page.getByTestId('keyboard').locator(`[data-key="${d}"]`).click();
  await expect(page.getByTestId('attendant-filter')).toHaveValue(digits);
  await expect(row).toBeVisible();
  for (const d of '999') await page.getByTestId('keyboard').locator(`[data-key="${d}"]`).click();
  await expect(page.getByTestId('print-log')).toHaveCount(0);
  await page.getByTestId('keyboard').locator('[data-key="clear"]').click();

  // Print it again: the document opens with its dialog in the attendant's role and the logged page chosen.
  await row.getByRole('button', { name: '再打印' }).click();
  const again = page.getByTestId('print-dialog');
  await expect(again).toContainText('管理员已确认');
  await expect(again.getByTestId('print-from')).toHaveAttribute('data-value', '4');
  await expect(again.getByTestId('print-to')).toHaveAttribute('data-value', '4');
  await recordPrints(page);
  await again.getByTestId('print-copies').getByRole('button', { name: /增加/ }).click();
  await again.getByTestId('print-confirm').click();
  await expect(again).toHaveAttribute('data-state', 'sent', { timeout: 90_000 });
  expect((await printCalls(page))[0]!.pages).toEqual(['4', '4']);
  await again.getByRole('button', { name: '好的' }).click();

  // The next dialog is the resident's again, with the allowance the resident left.
  await page.getByTestId('print-button').click();
  await expect(page.getByTestId('print-dialog')).toContainText('还可以自助打印 19 张');
  await page.getByTestId('print-dialog').getByRole('button', { name: '不打印了' }).click();

  // Another document for a resident, more copies, from the desk.
  await page.evaluate(() => (location.hash = '#/attendant'));
  await enterPin(page, ATTENDANT_PIN);
  await page.getByRole('button', { name: /为群众打印其他文件/ }).click();
  await expect(page).toHaveURL(/#\/search$/);
  await page.evaluate((hash) => (location.hash = hash), `#/doc/${otherDoc.id}`);
  await page.getByTestId('print-button').click();
  await expect(page.getByTestId('print-dialog')).toContainText('管理员已确认');
  await expect(page.getByTestId('print-copies')).toBeVisible();

  expect(await readPrintLog(page)).toEqual([
    expect.objectContaining({ docId: longDoc.id, pages: '4', copies: 1, role: 'resident' }),
    expect.objectContaining({ docId: longDoc.id, pages: '4', copies: 2, role: 'attendant' }),
  ]);
});

test("the attendant's permission shows while it lasts and ends at Home: the next resident's print is their own", async ({
  page,
}) => {
  await openHome(page);
  await page.evaluate(() => (location.hash = '#/attendant'));
  await enterPin(page, ATTENDANT_PIN);
  await page.getByRole('button', { name: /为群众打印其他文件/ }).click();
  const banner = page.getByTestId('attendant-banner');
  await expect(banner).toContainText('管理员代打印中');
  await expect(banner).toContainText('5 分钟内有效');
  // The attendant changes their mind and goes Home instead of printing.
  await page.getByRole('link', { name: '回到首页' }).click();
  await expect(page.getByTestId('home')).toBeVisible();
  await expect(banner).toHaveCount(0);
  // The next person opens a document and prints: the resident's dialog, with the resident's allowance. In the same
  // page, not a new load, which would forget the permission with everything else.
  await page.evaluate((hash) => (location.hash = hash), `#/doc/${otherDoc.id}`);
  await page.getByTestId('print-button').click();
  const dialog = page.getByTestId('print-dialog');
  await expect(dialog).toContainText('还可以自助打印 20 张');
  await expect(dialog).not.toContainText('管理员已确认');
  await dialog.getByRole('button', { name: '不打印了' }).click();

  // The banner's own button ends it too.
  await page.evaluate(() => (location.hash = '#/attendant'));
  await enterPin(page, ATTENDANT_PIN);
  await page.getByRole('button', { name: /为群众打印其他文件/ }).click();
  await banner.getByRole('button', { name: '结束代打印' }).click();
  await expect(banner).toHaveCount(0);
  await page.evaluate((hash) => (location.hash = hash), `#/doc/${otherDoc.id}`);
  await page.getByTestId('print-button').click();
  await expect(page.getByTestId('print-dialog')).toContainText('还可以自助打印 20 张');
});
