// Printing on the terminal's real path: the kiosk served by serve-static.py sends a PDF of its sheets to CUPS and follows
// the job; the resident hears "请到打印机取走文件" only once CUPS completed it, and a stopped printer is said up front.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { CUPS_PDF_OUT, cups, cupsCompleted, expect, test } from './fixtures/cups.ts';
import { longestDemoPdf, readDemo } from './fixtures/kiosk.ts';
import { ATTENDANT_PIN, chooseRange, readPrintLog, type LoggedPrint } from './fixtures/print.ts';
import { enterPin, STAFF_PIN } from './fixtures/admin.ts';

const { catalogue } = readDemo();
const doc = longestDemoPdf(catalogue);
const site = '云溪县政务服务中心政府信息公开查阅点';

async function openDialogOn(page: Page, url: string, pageNumber: number) {
  await page.goto(`${url}#/doc/${doc.id}?page=${pageNumber}`);
  await page.getByTestId('print-button').click();
  return page.getByTestId('print-dialog');
}

/** A PDF page as 8-bit grey pixels at 20 dpi (A4: 165 x 234), for comparing what went in with what came out. */
function greyPixels(pdf: string, pageNumber: number): Buffer {
  const pgm = execFileSync('pdftoppm', ['-gray', '-r', '20', '-f', `${pageNumber}`, '-l', `${pageNumber}`, pdf]);
  // P5\n<w> <h>\n255\n then the pixels.
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'))!;
  return pgm.subarray(header[0].length, header[0].length + Number(header[1]) * Number(header[2]));
}

test('a resident prints pages 2-3: CUPS gets a PDF with the footer, and "take your pages" comes only once CUPS completed it', async ({
  page,
  terminalPrinter: { url, queue, open },
}) => {
  const sent: Buffer[] = [];
  await page.route('**/local/print?*', async (route) => {
    sent.push(route.request().postDataBuffer()!);
    await route.continue();
  });
  await open(page);
  const dialog = await openDialogOn(page, url, 2);
  await expect(dialog).toHaveAttribute('data-state', 'choose');
  await chooseRange(page, 2, 3);
  await expect(dialog.getByTestId('print-summary')).toHaveAttribute('data-sheets', '2');

  // The queue holds the job: CUPS has it, and the resident is not yet told to collect anything.
  cups('cupsdisable', queue);
  await dialog.getByTestId('print-confirm').click();
  const outcome = dialog.getByTestId('print-outcome');
  await expect(outcome).toHaveAttribute('data-outcome', 'printing', { timeout: 60_000 });
  await expect(outcome).toContainText('正在打印');
  const [entry] = await readPrintLog(page);
  const jobId = (entry as LoggedPrint & { cupsJobs: number[] }).cupsJobs[0]!;
  expect(entry).toMatchObject({ pages: '2-3', pageCount: 2, outcome: 'printing' });
  expect(cupsCompleted(queue, jobId)).toBe(false);
  await page.screenshot({ path: test.info().outputPath('printing.png') });

  cups('cupsenable', queue);
  await expect(outcome).toHaveAttribute('data-outcome', 'completed', { timeout: 60_000 });
  await expect(outcome).toContainText('请到打印机取走文件');
  expect(cupsCompleted(queue, jobId)).toBe(true);
  await page.screenshot({ path: test.info().outputPath('completed.png') });
  await expect.poll(async () => (await readPrintLog(page))[0]).toMatchObject({ outcome: 'completed' });

  // What the kiosk sent: two A4 pages whose text layer carries the footer's reading point and 索引号.
  expect(sent).toHaveLength(1);
  const submitted = test.info().outputPath('submitted.pdf');
  await writeFile(submitted, sent[0]!);
  const info = execFileSync('pdfinfo', [submitted], { encoding: 'utf8' });
  expect(info).toMatch(/Pages:\s+2\n/);
  expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', submitted, '-'], { encoding: 'utf8' });
  expect(text).toContain(site);
  expect(text).toContain(doc.indexNo);
  expect(text).toContain('第 2 页 / 共');

  // What came out of the printer: cups-pdf's file for that job, two A4 pages, the same pixels as what was sent.
  const printed = readdirSync(CUPS_PDF_OUT).find((name) => name.startsWith(`job_${jobId}-`));
  expect(printed, `cups-pdf output for job ${jobId}`).toBeTruthy();
  const output = join(CUPS_PDF_OUT, printed!);
  const outInfo = execFileSync('pdfinfo', [output], { encoding: 'utf8' });
  expect(outInfo).toMatch(/Pages:\s+2\n/);
  expect(outInfo).toMatch(/Page size:\s+595(\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
  for (const n of [1, 2]) {
    const a = greyPixels(submitted, n);
    const b = greyPixels(output, n);
    expect(b.length).toBe(a.length);
    let diff = 0;
    let ink = 0;
    for (let i = 0; i < a.length; i++) {
      diff += Math.abs(a[i]! - b[i]!);
      if (b[i]! < 200) ink++;
    }
    // The page is on paper (ink: small print is grey at 20 dpi), and where it is: grey levels off by a few on average
    // at most after Ghostscript drew it again.
    expect(ink).toBeGreaterThan(a.length * 0.01);
    expect(diff / a.length).toBeLessThan(8);
  }
});

test('a stopped printer is said before anything is chosen (QR code, nothing counted) and shown to the attendant and staff; the test page prints', async ({
  page,
  terminalPrinter: { url, queue, heartbeats, open },
}) => {
  await open(page);
  cups('cupsdisable', queue);
  const dialog = await openDialogOn(page, url, 1);
  const outcome = dialog.getByTestId('print-outcome');
  await expect(outcome).toHaveAttribute('data-outcome', 'unavailable');
  await expect(outcome).toContainText('打印机暂时不能用');
  await expect(outcome.locator('[data-testid="qr-code"][data-kind="original"]')).toBeVisible();
  await expect(dialog.getByTestId('print-confirm')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('unavailable.png') });
  await outcome.getByRole('button', { name: '好的' }).click();
  expect(await readPrintLog(page)).toEqual([]);

  // The attendant and staff see why, as CUPS says it.
  await page.evaluate(() => (location.hash = '#/attendant'));
  await enterPin(page, ATTENDANT_PIN);
  const state = page.getByTestId('printer-state');
  await expect(state).toHaveAttribute('data-state', 'stopped');
  await expect(state).toContainText(`打印机（${queue}）：已停止`);
  await page.evaluate(() => (location.hash = '#/admin'));
  await enterPin(page, STAFF_PIN);
  await expect(state).toHaveAttribute('data-state', 'stopped');
  await page.screenshot({ path: test.info().outputPath('console.png') });
  // The county knows which terminal's printer is stopped without a visit.
  const sentBefore = heartbeats.bodies.length;
  await page.getByTestId('send-heartbeat').click();
  await expect.poll(() => heartbeats.bodies.length).toBe(sentBefore + 1);
  expect(heartbeats.bodies.at(-1)!.printer).toMatchObject({ printer: queue, state: 'stopped' });

  // Paper back in, and back to the document (same page, same session): the resident has the whole allowance.
  cups('cupsenable', queue);
  await page.evaluate((id) => (location.hash = `#/doc/${id}`), doc.id);
  await page.getByTestId('print-button').click();
  await expect(dialog).toHaveAttribute('data-state', 'choose');
  await expect(dialog).toContainText('您这次还可以自助打印 20 张。');
  await dialog.getByRole('button', { name: '不打印了' }).click();

  // Staff test the printer the way residents' jobs go, and hear whether CUPS printed it.
  await page.evaluate(() => (location.hash = '#/admin'));
  await enterPin(page, STAFF_PIN);
  await expect(page.getByTestId('printer-state')).toHaveAttribute('data-state', 'ready');
  await page.getByTestId('print-test-page').click();
  await expect(page.getByTestId('admin-result')).toContainText('测试页打印好了', { timeout: 30_000 });
  const id = /打印任务 (\d+)/.exec((await page.getByTestId('admin-result').textContent()) ?? '')![1]!;
  expect(cupsCompleted(queue, Number(id))).toBe(true);
  expect(readdirSync(CUPS_PDF_OUT).some((name) => name.startsWith(`job_${id}-`))).toBe(true);
  expect(await readPrintLog(page)).toEqual([]);
});
