// Images fit the screen and zoom and pan by touch; every file of a document is reachable, and one the kiosk cannot
// show (OFD, Word, Excel) says what it is and offers the original's QR code.
import { type Page } from '@playwright/test';
import { expect, test } from './fixtures/browser.ts';
import { paintedPageInk } from './fixtures/canvas.ts';
import type { StaticServer } from './fixtures/static-server.ts';
import { boxOf, touchInput } from './fixtures/touch.ts';
import { ORIGINAL, openViewerDoc, startViewerSite, useViewerSite } from './fixtures/viewer-package.ts';

let server: StaticServer;
test.beforeAll(async () => {
  server = await startViewerSite();
});
test.afterAll(async () => server.close());
test.use({ hasTouch: true });

const imageBox = (page: Page) => boxOf(page.getByTestId('doc-image'));

test('an image document fits the screen, then pinches, pans and zooms by buttons', async ({ page, context }) => {
  await useViewerSite(context, server);
  await openViewerDoc(page, 'image');
  const frame = await boxOf(page.getByTestId('image-frame'));
  await expect(page.getByTestId('doc-image')).toBeVisible();
  const fitted = await imageBox(page);
  // Whole picture in view, touching two sides of the frame.
  expect(fitted.width).toBeLessThanOrEqual(frame.width + 1);
  expect(fitted.height).toBeLessThanOrEqual(frame.height + 1);
  expect(Math.max(fitted.width / frame.width, fitted.height / frame.height)).toBeGreaterThan(0.98);

  const touch = await touchInput(page);
  await touch.pinch(frame.center, 100, 300);
  await expect.poll(async () => (await imageBox(page)).width).toBeGreaterThan(fitted.width * 2);
  expect(await page.evaluate(() => window.visualViewport?.scale)).toBe(1);
  const before = await imageBox(page);
  await touch.swipe({ x: frame.center.x, y: frame.center.y + 150 }, { x: frame.center.x, y: frame.center.y - 150 });
  await expect.poll(async () => (await imageBox(page)).y).toBeLessThan(before.y - 100);

  await page.getByTestId('fit-page').click();
  await expect.poll(async () => Math.round((await imageBox(page)).width)).toBe(Math.round(fitted.width));
  await page.getByTestId('zoom-in').click();
  await expect.poll(async () => (await imageBox(page)).width).toBeGreaterThan(fitted.width * 1.2);
});

test('an OFD file says it cannot be shown, names its kind, and offers the original', async ({ page, context }) => {
  await useViewerSite(context, server);
  await openViewerDoc(page, 'ofd');
  const error = page.getByTestId('doc-error');
  await expect(error).toContainText('这是OFD 电子公文，本机无法显示');
  await expect(error.getByTestId('qr-code')).toHaveAttribute('data-url', ORIGINAL('ofd'));
  await expect(error.getByTestId('qr-code')).toHaveAttribute('data-kind', 'original');
});

test('every file of a document is reachable from its screen', async ({ page, context }) => {
  await useViewerSite(context, server);
  await openViewerDoc(page, 'attachments');
  const files = page.getByRole('navigation', { name: '本文件的附件' });
  await paintedPageInk(page, 1);
  await files.getByRole('button', { name: '附件 1' }).click();
  await expect(page.getByTestId('doc-error')).toContainText('Excel 表格');
  await files.getByRole('button', { name: '附件 2' }).click();
  await expect(page.getByTestId('doc-error')).toContainText('Word 文档');
  await files.getByRole('button', { name: '附件 3' }).click();
  await expect(page.getByTestId('doc-image')).toBeVisible();
  await files.getByRole('button', { name: '正文' }).click();
  await paintedPageInk(page, 1);
});
