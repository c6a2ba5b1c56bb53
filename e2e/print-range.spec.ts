// A resident prints pages 3–5 of a long Chinese PDF: exactly those pages go to paper, in order, each with its provenance, never the interface.
import { expect, test } from './fixtures/terminal.ts';
import { decodeQr } from './fixtures/qr-decode.ts';
import { longestDemoPdf, openHome, readDemo } from './fixtures/kiosk.ts';
import {
  chooseRange,
  openPrintDialog,
  pdfPagesText,
  printCalls,
  readPrintLog,
  recordPrints,
} from './fixtures/print.ts';

const { catalogue } = readDemo();
const longDoc = longestDemoPdf(catalogue);
const total = longDoc.files[0]!.pages!;
const site = '云溪县政务服务中心政府信息公开查阅点';

test('pages 3 to 5 print as three A4 sheets in order, each with site, 索引号, page of total and a QR to the original', async ({
  page,
}) => {
  await openHome(page);
  const dialog = await openPrintDialog(page, longDoc.id, 3);
  await recordPrints(page);
  await chooseRange(page, 3, 5);
  await expect(dialog.getByTestId('print-summary')).toHaveAttribute('data-sheets', '3');
  await page.screenshot({ path: test.info().outputPath('dialog.png') });

  await dialog.getByTestId('print-confirm').click();
  await expect(dialog).toHaveAttribute('data-state', 'sent', { timeout: 60_000 });
  await expect(dialog.getByTestId('print-outcome')).toContainText('已经发送到打印机：3 页，1 份');
  await expect(dialog.getByTestId('print-outcome')).toContainText('出纸口');
  await page.screenshot({ path: test.info().outputPath('sent.png') });

  const [call, ...more] = await printCalls(page);
  expect(more).toEqual([]);
  expect(call!.pages).toEqual(['3', '4', '5']);
  expect(call!.appHidden).toBe(false); // screen media at the call; print media is checked below
  call!.footers.forEach((footer, i) => {
    expect(footer).toContain(site);
    expect(footer).toContain(`索引号：${longDoc.indexNo}`);
    expect(footer).toContain(`第 ${i + 3} 页 / 共 ${total} 页`);
    expect(footer).toMatch(/打印时间：\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/);
  });
  expect(call!.footerQrUrls).toEqual([longDoc.onlineUrl, longDoc.onlineUrl, longDoc.onlineUrl]);

  // Each sheet's page image is at print resolution: ≥ 150 dpi over A4's 210 mm.
  const widths = await page
    .locator('#print-root img')
    .evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).naturalWidth));
  expect(widths).toHaveLength(3);
  for (const w of widths) expect(w).toBeGreaterThanOrEqual(Math.ceil((210 / 25.4) * 150));

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#app')).toBeHidden();
  await expect(page.locator('#print-root').getByTestId('print-sheet').first()).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('print-media.png'), fullPage: true });
  // The footer's small code still reads as the original's address, as a phone held over the paper would read it.
  expect(await decodeQr(page.locator('#print-root [data-testid="qr-code"][data-kind="footer"]').first())).toBe(
    longDoc.onlineUrl,
  );

  // What the printer would get: three pages, each with its provenance and none of the kiosk's buttons.
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const texts = await pdfPagesText(pdf);
  expect(texts).toHaveLength(3);
  texts.forEach((text, i) => {
    expect(text).toContain(site);
    expect(text).toContain(longDoc.indexNo);
    // 页 itself comes back as a radical (⻚) that NFKC leaves alone: match around it.
    expect(text).toMatch(new RegExp(`第 ${i + 3} \\S / 共 ${total} `));
    for (const ui of ['打印这份文件', '回到首页', '下一页', '用手机继续', '确认打印']) expect(text).not.toContain(ui);
  });
  expect(texts[0]).toContain(longDoc.title);

  const log = await readPrintLog(page);
  expect(log).toEqual([
    expect.objectContaining({
      docId: longDoc.id,
      indexNo: longDoc.indexNo,
      pages: '3-5',
      pageCount: 3,
      copies: 1,
      role: 'resident',
    }),
  ]);

  // After printing, the page images are released and the container is emptied.
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(page.locator('#print-root').getByTestId('print-sheet')).toHaveCount(0);
});
