// A PDF that cannot be shown says why in plain Chinese and offers the online original's QR code, never a blank page.
import { expect, test } from './fixtures/browser.ts';
import { paintedPageInk } from './fixtures/canvas.ts';
import type { StaticServer } from './fixtures/static-server.ts';
import { ORIGINAL, openViewerDoc, startViewerSite, useViewerSite } from './fixtures/viewer-package.ts';

let server: StaticServer;
test.beforeAll(async () => {
  server = await startViewerSite();
});
test.afterAll(async () => server.close());

const REASONS: Record<string, RegExp> = {
  encrypted: /此文件已加密，无法在本机显示/,
  corrupt: /此文件已损坏，无法在本机显示/,
  truncated: /此文件不完整/,
  empty: /此文件是空的/,
};

test('encrypted, corrupt, truncated and empty PDFs each give their reason and the original QR code', async ({
  page,
  context,
}) => {
  await useViewerSite(context, server);
  for (const [id, reason] of Object.entries(REASONS)) {
    await openViewerDoc(page, id);
    const error = page.getByTestId('doc-error');
    await expect(error, id).toHaveText(reason, { timeout: 30_000 });
    await expect(error).toContainText('请用手机扫描二维码');
    const qr = error.getByTestId('qr-code');
    await expect(qr).toHaveAttribute('data-kind', 'original');
    await expect(qr).toHaveAttribute('data-url', ORIGINAL(id));
    await expect(page.getByTestId('doc-page')).toHaveCount(0);
  }
});

test('a refused PDF with no online original asks for staff instead of showing a QR code', async ({ page, context }) => {
  await useViewerSite(context, server);
  await openViewerDoc(page, 'no-original');
  const error = page.getByTestId('doc-error');
  await expect(error).toHaveText(/此文件已加密/);
  await expect(error).toContainText('请找工作人员');
  await expect(error.getByTestId('qr-code')).toHaveCount(0);
});

test('a PDF with an owner password only (no password to open) is shown, not refused', async ({ page, context }) => {
  await useViewerSite(context, server);
  await openViewerDoc(page, 'owner-only');
  const ink = await paintedPageInk(page, 1);
  expect(ink.inkPixels).toBeGreaterThan(500);
  await expect(page.getByTestId('doc-error')).toHaveCount(0);
});

test('a PDF with bytes after its end marker (a scanner pads its files) is shown, not refused as incomplete', async ({
  page,
  context,
}) => {
  await useViewerSite(context, server);
  await openViewerDoc(page, 'padded');
  const ink = await paintedPageInk(page, 1);
  expect(ink.inkPixels).toBeGreaterThan(500);
  await expect(page.getByTestId('doc-error')).toHaveCount(0);
});

test('a page with nothing on it says so plainly, with the original QR code, and a page with ink does not', async ({
  page,
  context,
}) => {
  await useViewerSite(context, server);
  await openViewerDoc(page, 'blank-page');
  await expect(page.locator('[data-testid="doc-page"][data-page="1"][data-rendered="true"]')).toBeVisible();
  const notice = page.getByTestId('blank-page');
  await expect(notice).toHaveCount(0);
  await page.getByRole('button', { name: /下一页/ }).click();
  await expect(notice).toContainText('这一页是空白的');
  await expect(notice.getByTestId('qr-code')).toHaveAttribute('data-url', ORIGINAL('blank-page'));
  await page.screenshot({ path: test.info().outputPath('blank-page.png') });
  await page.getByRole('button', { name: /上一页/ }).click();
  await expect(notice).toHaveCount(0);
});
