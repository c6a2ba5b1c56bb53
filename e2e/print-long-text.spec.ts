// A web page longer than a sheet prints over numbered A4 sheets on every browser of the floor, none of its text lost
// or repeated where the sheets meet, and the print log counts the sheets that came out.
import { expect, test } from './fixtures/browser.ts';
import { pdfPagesText, printCalls, readPrintLog, recordPrints } from './fixtures/print.ts';
import type { StaticServer } from './fixtures/static-server.ts';
import { LONG_HTML_PARAGRAPHS, openViewerDoc, startViewerSite, useViewerSite } from './fixtures/viewer-package.ts';

let server: StaticServer;
test.beforeAll(async () => {
  server = await startViewerSite();
});
test.afterAll(async () => server.close());

test('a long web page prints as numbered sheets, each with its footer, and the log counts them', async ({
  page,
  context,
}) => {
  await useViewerSite(context, server);
  await openViewerDoc(page, 'html-long');
  await page.getByTestId('print-button').click();
  const dialog = page.getByTestId('print-dialog');
  await expect(dialog).toContainText('全部（约');
  await recordPrints(page);
  await dialog.getByTestId('print-confirm').click();
  await expect(dialog).toHaveAttribute('data-state', 'sent', { timeout: 60_000 });
  const [call] = await printCalls(page);

  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: test.info().outputPath('long-text-print.png'), fullPage: true });
  const pdf = await page.pdf({ preferCSSPageSize: true });
  await test.info().attach('long-text-print.pdf', { body: pdf, contentType: 'application/pdf' });
  const pages = await pdfPagesText(pdf);
  expect(pages.length).toBeGreaterThan(1);
  expect(call!.pages).toEqual(pages.map((_, i) => String(i + 1)));
  pages.forEach((sheet, i) => {
    expect(sheet).toContain('00000000/2026-html-long');
    expect(sheet).toMatch(new RegExp(`第 ?${i + 1} ?\\S / 共 ?${pages.length} ?\\S`));
  });
  // Each paragraph's marker once, in order: a sheet that showed the wrong column would repeat or drop some.
  const markers = pages.join('').match(/【段\d+】/g);
  expect(markers).toEqual(Array.from({ length: LONG_HTML_PARAGRAPHS }, (_, i) => `【段${i + 1}】`));
  expect(await readPrintLog(page)).toEqual([
    expect.objectContaining({ docId: 'html-long', pages: 'text', pageCount: pages.length, copies: 1 }),
  ]);
});
