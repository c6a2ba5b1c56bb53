// The self-service limit: a resident prints within it, a job past it needs the attendant PIN on the terminal, and a failed job costs nothing.
import { expect, test } from './fixtures/terminal.ts';
import { enterPin, STAFF_PIN } from './fixtures/admin.ts';
import { longestDemoPdf, openHome, readDemo } from './fixtures/kiosk.ts';
import {
  ATTENDANT_PIN,
  chooseRange,
  openPrintDialog,
  printCalls,
  readPrintLog,
  recordPrints,
} from './fixtures/print.ts';

const longDoc = longestDemoPdf(readDemo().catalogue);
const total = longDoc.files[0]!.pages!;
// kiosk-config/default.json: 20 pages per resident session, fewer than the long document has.
const LIMIT = 20;

test('past the limit only the attendant PIN lets the job through, and the attendant can print more copies', async ({
  page,
}) => {
  expect(total).toBeGreaterThan(LIMIT);
  await openHome(page);
  const dialog = await openPrintDialog(page, longDoc.id);
  await recordPrints(page);
  // It opens on the page being read, within the allowance; the whole document is over it.
  await expect(dialog.locator('[data-choice="current"]')).toHaveAttribute('aria-checked', 'true');
  await dialog.locator('[data-choice="all"]').click();
  await expect(dialog).toContainText(`超过了自助打印的张数（还剩 ${LIMIT} 张）`);
  await expect(dialog.getByTestId('print-copies')).toHaveCount(0);
  await expect(dialog.getByTestId('print-confirm')).toBeDisabled();

  await dialog.getByRole('button', { name: '管理员：打印更多' }).click();
  await expect(dialog).toHaveAttribute('data-state', 'pin');
  await expect(dialog.getByTestId('pin-pad')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('limit-pin.png') });
  await enterPin(page, '11112222');
  await expect(dialog.getByTestId('pin-message')).toContainText('密码不对');
  // The staff console's PIN is not the attendant's.
  await enterPin(page, STAFF_PIN);
  await expect(dialog.getByTestId('pin-message')).toContainText('密码不对');
  await expect(dialog).toHaveAttribute('data-state', 'pin');
  expect(await printCalls(page)).toEqual([]);

  await enterPin(page, ATTENDANT_PIN);
  await expect(dialog).toHaveAttribute('data-state', 'choose');
  await expect(dialog).toContainText('管理员已确认');
  await page.screenshot({ path: test.info().outputPath('attendant-mode.png') });
  await dialog.getByTestId('print-copies').getByRole('button', { name: /增加/ }).click();
  await expect(dialog.getByTestId('print-summary')).toHaveAttribute('data-sheets', String(total * 2));
  await dialog.getByTestId('print-confirm').click();
  await expect(dialog).toHaveAttribute('data-state', 'sent', { timeout: 90_000 });
  await expect(dialog).toContainText(`已经发送到打印机：${total} 页，2 份`);

  const [call] = await printCalls(page);
  const onePass = Array.from({ length: total }, (_, i) => String(i + 1));
  expect(call!.pages).toEqual([...onePass, ...onePass]);
  expect(await readPrintLog(page)).toEqual([
    expect.objectContaining({ docId: longDoc.id, pages: `1-${total}`, pageCount: total, copies: 2, role: 'attendant' }),
  ]);

  // The attendant's job did not use the resident's pages, and the next dialog is the resident's again.
  await dialog.getByRole('button', { name: '好的' }).click();
  await page.getByTestId('print-button').click();
  await expect(page.getByTestId('print-dialog')).toContainText(`还可以自助打印 ${LIMIT} 张`);
  await expect(page.getByTestId('print-copies')).toHaveCount(0);
});

test("a resident's pages count against the limit, but a job that fails to start does not", async ({ page }) => {
  await openHome(page);
  let dialog = await openPrintDialog(page, longDoc.id, 3);
  await recordPrints(page);
  await chooseRange(page, 3, 5);
  await dialog.getByTestId('print-confirm').click();
  await expect(dialog).toHaveAttribute('data-state', 'sent', { timeout: 60_000 });
  await dialog.getByRole('button', { name: '好的' }).click();

  // The printer refuses the next job.
  await recordPrints(page, { fail: true });
  await page.getByTestId('print-button').click();
  dialog = page.getByTestId('print-dialog');
  await expect(dialog).toContainText(`还可以自助打印 ${LIMIT - 3} 张`);
  await dialog.locator('[data-choice="current"]').click();
  await dialog.getByTestId('print-confirm').click();
  await expect(dialog).toHaveAttribute('data-state', 'failed');
  await expect(dialog).toContainText('打印没有开始，这次不计入您的打印张数');
  await dialog.getByRole('button', { name: '再试一次' }).click();
  await expect(dialog).toContainText(`您这次还可以自助打印 ${LIMIT - 3} 张`);
  // Nothing of the failed job stays in the print container.
  await expect(page.locator('#print-root').getByTestId('print-sheet')).toHaveCount(0);

  const log = await readPrintLog(page);
  expect(log).toHaveLength(1);
  expect(log[0]).toMatchObject({ pages: '3-5', pageCount: 3, copies: 1, role: 'resident' });
  expect(Date.now() - new Date(log[0]!.time).getTime()).toBeLessThan(5 * 60_000);
});
