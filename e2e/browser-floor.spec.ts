// The kiosk on the browsers reading points really have (DESIGN: Where it runs): a resident's, an attendant's and staff's
// journey from the first start to an offline reload, run by the chromium-90 and chromium-119 projects (playwright.config.ts).
import type { BrowserContext } from '@playwright/test';
import { expect, test } from './fixtures/browser.ts';
import { enterPin, STAFF_PIN } from './fixtures/admin.ts';
import { paintedPageInk } from './fixtures/canvas.ts';
import { openHome, readDemo, waitForServiceWorker } from './fixtures/kiosk.ts';
import { printCalls, recordPrints } from './fixtures/print.ts';
import { decodeQr } from './fixtures/qr-decode.ts';
import { tapKeys } from './fixtures/search.ts';
import { serveFolder, type StaticServer } from './fixtures/static-server.ts';
import { makeTestdataPackage, TESTDATA_PACKAGE_ID, testDocId } from './fixtures/testdata-package.ts';
import { holdStaffCorner } from './fixtures/usage.ts';

const { catalogue, manifest } = readDemo();
const htmlDoc = catalogue.documents.find((d) => d.files[0]?.type === 'text/html')!;
const withOnline = catalogue.documents.find((d) => d.onlineUrl && d.files[0]?.type === 'application/pdf')!;
// kiosk-config/default.json: 120 s without a touch, then a 30 s countdown.
const IDLE = 120_000;
const WARNING = 30_000;

// The journey installs the service worker (offline reload at its end), whatever the suite's default.
test.use({ hasTouch: true, serviceWorkers: 'allow' });
test.describe.configure({ timeout: 240_000 });

test('first start, search by keyboard, a PDF printed with footer and QR, an HTML page, the idle wipe, the console, offline', async ({
  page,
  context,
}) => {
  page.on('console', (m) => m.type() === 'error' && console.log('console error:', m.text()));
  page.on('pageerror', (e) => console.log('page error:', e.message));
  await page.clock.install();
  await test.step('first start imports the demo package', async () => {
    await openHome(page);
    await expect(page.getByTestId('content-version').first()).toHaveAttribute(
      'data-count',
      String(catalogue.documents.length),
    );
    await waitForServiceWorker(page);
  });

  await test.step('search with the on-screen keyboard and open a result', async () => {
    await page.getByTestId('home-search').tap();
    await tapKeys(page, [...'cz']);
    await expect(page.getByTestId('search-input')).toHaveValue('cz');
    await expect(page.getByTestId('candidate').first()).toBeVisible();
    await expect(page.getByTestId('search-results')).not.toHaveAttribute('data-count', '0');
    await page.getByTestId('result-item').first().tap();
    await expect(page.getByTestId('doc-viewer')).toBeVisible();
  });

  await test.step('a PDF with an online original: painted, its QR code decodes, printed with footer and QR', async () => {
    await page.evaluate((id) => (location.hash = `#/doc/${id}`), withOnline.id);
    const ink = await paintedPageInk(page);
    expect(ink.inkPixels).toBeGreaterThan(500);
    const original = page.locator('[data-testid="qr-code"][data-kind="original"]');
    await expect(original).toHaveAttribute('data-url', withOnline.onlineUrl!);
    expect(await decodeQr(original)).toBe(withOnline.onlineUrl!);

    await recordPrints(page);
    await page.getByTestId('print-button').click();
    const dialog = page.getByTestId('print-dialog');
    await expect(dialog).toHaveAttribute('data-state', 'choose');
    await expect(page.getByTestId('print-preview').locator('img')).toBeVisible({ timeout: 60_000 });
    await dialog.locator('[data-choice="current"]').click();
    await dialog.getByTestId('print-confirm').click();
    await expect(dialog).toHaveAttribute('data-state', 'sent', { timeout: 60_000 });
    const [call] = await printCalls(page);
    expect(call!.pages).toEqual(['1']);
    expect(call!.footers[0]).toContain(withOnline.indexNo);
    expect(call!.footerQrUrls[0]).toBe(withOnline.onlineUrl);
    await expect(dialog.getByTestId('print-outcome')).toContainText('已经发送到打印机：1 页，1 份');
    await dialog.getByRole('button', { name: '好的' }).click();
    await expect(dialog).toHaveCount(0);
  });

  await test.step('an HTML document in its sandboxed frame', async () => {
    await page.evaluate((id) => (location.hash = `#/doc/${id}`), htmlDoc.id);
    const frame = page.frameLocator('[data-testid="html-document"]');
    await expect(frame.locator('body')).toContainText(/[\u4e00-\u9fff]{4}/);
    expect(await frame.locator('script').count()).toBe(0);
  });

  await test.step('left alone: the warning, then the board, and the session is gone', async () => {
    await page.evaluate(() => (location.hash = '#/'));
    await expect(page.getByTestId('home')).toBeVisible();
    await page.clock.fastForward(IDLE);
    await expect(page.getByTestId('idle-warning')).toBeVisible();
    await page.clock.fastForward(WARNING);
    await expect(page.getByTestId('board')).toBeVisible();
    await page.getByTestId('board').tap();
    await expect(page.getByTestId('home')).toBeVisible();
    await page.getByTestId('home-search').tap();
    await expect(page.getByTestId('search-input')).toHaveValue('');
    await page.getByRole('button', { name: /返回/ }).tap();
    await expect(page.getByTestId('home')).toBeVisible();
  });

  await test.step('the staff console behind the corner press and the PIN', async () => {
    await holdStaffCorner(page);
    await enterPin(page, STAFF_PIN);
    const console = page.getByTestId('admin-console');
    await expect(console.getByTestId('content-version')).toHaveAttribute('data-version', String(manifest.version));
    await page.getByRole('button', { name: '退出' }).click();
    await expect(page.getByTestId('home')).toBeVisible();
  });

  await test.step('offline: a reload starts from the service worker and a PDF still paints', async () => {
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByTestId('home')).toBeVisible();
    await page.evaluate((id) => (location.hash = `#/doc/${id}`), withOnline.id);
    expect((await paintedPageInk(page)).inkPixels).toBeGreaterThan(500);
  });
});

test.describe('a Chinese PDF from the test corpus', () => {
  let server: StaticServer;
  test.beforeAll(async () => {
    server = await serveFolder(await makeTestdataPackage());
  });
  test.afterAll(async () => server.close());
  // The config is answered by the test, so no service worker may stand between the page and the route.
  test.use({ serviceWorkers: 'block' });

  async function useTestdataSite(context: BrowserContext) {
    await context.route('**/kiosk-config/e2e-testdata.json', async (route) => {
      const response = await route.fetch({ url: route.request().url().replace('e2e-testdata', 'default') });
      await route.fulfill({
        response,
        json: { ...(await response.json()), contentUrl: server.url, packageId: TESTDATA_PACKAGE_ID },
      });
    });
  }

  // XiaoBiaoSong.pdf's text goes through a predefined cMap (GBK-EUC-H): it paints only with pdf.js's data served.
  test('XiaoBiaoSong.pdf paints its Chinese text and lays it out as text', async ({ page, context }) => {
    await useTestdataSite(context);
    await openHome(page, '/?site=e2e-testdata');
    await page.goto(`/?site=e2e-testdata#/doc/${testDocId('XiaoBiaoSong.pdf')}`);
    const ink = await paintedPageInk(page);
    expect(ink.colours).toBeGreaterThan(2);
    expect(ink.inkPixels).toBeGreaterThan(500);
    await expect(page.locator('.textLayer')).toContainText(/[\u4e00-\u9fff]{2}/, { timeout: 30_000 });
  });
});
