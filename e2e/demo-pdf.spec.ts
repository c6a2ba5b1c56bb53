// Reading the demo's long Chinese PDF page by page: each page paints real content and the page lives in the URL.
import { expect, test } from './fixtures/terminal.ts';
import { paintedPageInk } from './fixtures/canvas.ts';
import { longestDemoPdf, openHome, readDemo } from './fixtures/kiosk.ts';

const longDoc = longestDemoPdf(readDemo().catalogue);

test('the long demo PDF paints page 1, turns to page 2 and back, and says where the reader is', async ({ page }) => {
  expect(longDoc.files[0]!.pages).toBeGreaterThanOrEqual(20);
  await openHome(page);
  await page.goto(`/#/doc/${longDoc.id}`);
  const first = await paintedPageInk(page, 1);
  expect(first.colours).toBeGreaterThan(2);
  expect(first.inkPixels).toBeGreaterThan(500);
  await expect(page.getByText(`第 1 页 / 共 ${longDoc.files[0]!.pages} 页`)).toBeVisible();

  await page.getByRole('button', { name: /下一页/ }).click();
  await paintedPageInk(page, 2);
  await expect(page).toHaveURL(new RegExp(`#/doc/${longDoc.id}\\?page=2$`));
  await page.getByRole('button', { name: /上一页/ }).click();
  await paintedPageInk(page, 1);
  await expect(page.getByRole('button', { name: /上一页/ })).toBeDisabled();
});

test('opening a document at ?page=N shows that page', async ({ page }) => {
  await openHome(page);
  await page.goto(`/#/doc/${longDoc.id}?page=20`);
  await paintedPageInk(page, 20);
});

test('a link to another page of the open document turns to it, also to the page the reader first opened', async ({
  page,
}) => {
  await openHome(page);
  await page.goto(`/#/doc/${longDoc.id}?page=3`);
  await paintedPageInk(page, 3);
  await page.getByRole('button', { name: /下一页/ }).click();
  await paintedPageInk(page, 4);
  const total = longDoc.files[0]!.pages;
  for (const target of [3, 7]) {
    await page.evaluate((hash) => (location.hash = hash), `#/doc/${longDoc.id}?page=${target}`);
    await paintedPageInk(page, target);
    await expect(page.getByText(`第 ${target} 页 / 共 ${total} 页`)).toBeVisible();
  }
});
