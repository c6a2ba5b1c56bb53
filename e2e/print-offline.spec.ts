// Weeks without a network: once the service worker controls the page, a resident still prints and still gets the QR codes.
import { expect, test } from './fixtures/terminal.ts';
import { longestDemoPdf, openHome, readDemo, waitForServiceWorker } from './fixtures/kiosk.ts';
import { openPrintDialog, printCalls, readPrintLog, recordPrints } from './fixtures/print.ts';

// The service worker is what this spec is about.
test.use({ serviceWorkers: 'allow' });

const longDoc = longestDemoPdf(readDemo().catalogue);

test('offline after the first start: the print dialog, its preview, the sheets and the QR codes all work', async ({
  page,
  context,
}) => {
  await openHome(page);
  await waitForServiceWorker(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId('home')).toBeVisible();

  const dialog = await openPrintDialog(page, longDoc.id, 7);
  await expect(page.locator('[data-testid="qr-code"][data-kind="original"]')).toHaveAttribute(
    'data-url',
    longDoc.onlineUrl!,
  );
  await expect(page.locator('[data-testid="qr-code"][data-kind="apply"]')).toHaveCount(1);
  await recordPrints(page);
  await dialog.locator('[data-choice="current"]').click();
  await dialog.getByTestId('print-confirm').click();
  await expect(dialog).toHaveAttribute('data-state', 'sent', { timeout: 60_000 });
  const [call] = await printCalls(page);
  expect(call!.pages).toEqual(['7']);
  expect(call!.footerQrUrls).toEqual([longDoc.onlineUrl]);
  await expect(page.locator('#print-root img')).toHaveJSProperty('complete', true);
  expect(await readPrintLog(page)).toEqual([expect.objectContaining({ pages: '7', pageCount: 1 })]);
});
