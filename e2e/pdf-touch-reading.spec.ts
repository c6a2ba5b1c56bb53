// Reading a PDF by touch: it opens fit to width, a swipe turns the page, pinch and double-tap zoom the document only
// (never the screen around it), the page pad jumps anywhere in a 350-page file, and far pages hold no canvas.
import { type Page } from '@playwright/test';
import { expect, test } from './fixtures/browser.ts';
import { paintedPageInk } from './fixtures/canvas.ts';
import type { StaticServer } from './fixtures/static-server.ts';
import { boxOf, touchInput } from './fixtures/touch.ts';
import { LONG_PAGES, openViewerDoc, startViewerSite, useViewerSite } from './fixtures/viewer-package.ts';

let server: StaticServer;
test.beforeAll(async () => {
  server = await startViewerSite();
});
test.afterAll(async () => server.close());
test.use({ hasTouch: true });

const frame = (page: Page) => page.getByTestId('pdf-frame');
const zoom = (page: Page) => frame(page).getAttribute('data-zoom').then(Number);

async function jumpTo(page: Page, target: number | 'first' | 'last') {
  await page.getByTestId('page-indicator').click();
  const pad = page.getByTestId('page-jump');
  await expect(pad).toBeVisible();
  if (target === 'first') await pad.getByRole('button', { name: '第一页' }).click();
  else if (target === 'last') await pad.getByRole('button', { name: '最后一页' }).click();
  else {
    for (const digit of String(target)) await pad.getByRole('button', { name: digit, exact: true }).click();
    await pad.getByRole('button', { name: '确定' }).click();
  }
  await expect(pad).toBeHidden();
}

test('a real 14-page paper: fit width, swipe to turn, pinch and double-tap zoom only the document', async ({
  page,
  context,
}) => {
  await useViewerSite(context, server);
  await openViewerDoc(page, 'tracemonkey');
  await paintedPageInk(page, 1);
  const area = await boxOf(frame(page));
  const page1 = await boxOf(page.locator('[data-testid="doc-page"][data-page="1"]'));
  expect(Math.abs(page1.width - area.width)).toBeLessThan(3);
  expect(await zoom(page)).toBeCloseTo(1, 2);

  const touch = await touchInput(page);
  const y = area.center.y;
  await touch.swipe({ x: area.x + area.width * 0.85, y }, { x: area.x + area.width * 0.15, y });
  await expect(page).toHaveURL(/#\/doc\/tracemonkey\?page=2$/);
  const second = await paintedPageInk(page, 2);
  expect(second.inkPixels).toBeGreaterThan(500);
  await expect(page.getByTestId('page-indicator')).toContainText('第 2 页 / 共 14 页');
  await touch.swipe({ x: area.x + area.width * 0.15, y }, { x: area.x + area.width * 0.85, y });
  await expect(page).toHaveURL(/tracemonkey(\?page=1)?$/);
  await paintedPageInk(page, 1);

  // A short vertical drag reads down the page; it never turns it.
  await touch.swipe(
    { x: area.center.x, y: area.y + area.height * 0.8 },
    { x: area.center.x + 30, y: area.y + area.height * 0.3 },
  );
  await expect(page).toHaveURL(/tracemonkey(\?page=1)?$/);

  await touch.pinch(area.center, 100, 300);
  await expect.poll(() => zoom(page)).toBeGreaterThan(1.5);
  // The screen itself never zoomed: only the page inside its frame did.
  expect(await page.evaluate(() => window.visualViewport?.scale)).toBe(1);
  const header = await boxOf(page.getByTestId('page-indicator'));
  expect(header.height).toBeLessThan(120);
  // Zoomed in, a sideways drag pans the page instead of turning it.
  await touch.swipe({ x: area.center.x + 100, y }, { x: area.center.x - 100, y });
  await expect(page).toHaveURL(/tracemonkey(\?page=1)?$/);
  // Once the zoom settles the page is painted again, sharp, at the new size. While the zoom settles there may be no
  // canvas for a moment (no box): that reads as width 0 and the poll goes on (a run on a loaded machine caught it).
  const canvas = page.locator('[data-testid="doc-page"][data-page="1"] canvas');
  await expect.poll(async () => (await canvas.boundingBox())?.width ?? 0).toBeGreaterThan(area.width * 1.4);

  await page.getByTestId('fit-width').click();
  await expect.poll(() => zoom(page)).toBeCloseTo(1, 2);
  await touch.doubleTap(area.center);
  await expect.poll(() => zoom(page)).toBeCloseTo(2.5, 1);
  await touch.doubleTap(area.center);
  await expect.poll(() => zoom(page)).toBeCloseTo(1, 2);

  await page.getByTestId('zoom-in').click();
  await expect.poll(() => zoom(page)).toBeCloseTo(1.25, 2);
  await page.getByTestId('zoom-out').click();
  await expect.poll(() => zoom(page)).toBeCloseTo(1, 2);
  await page.getByTestId('fit-page').click();
  const whole = await boxOf(page.locator('[data-testid="doc-page"][data-page="1"]'));
  expect(whole.height).toBeLessThanOrEqual(area.height + 2);
});

test('the page pad jumps to the last page of a 350-page file and back; thumbnails jump too', async ({
  page,
  context,
}) => {
  await useViewerSite(context, server);
  await openViewerDoc(page, 'long');
  await paintedPageInk(page, 1);
  await jumpTo(page, LONG_PAGES);
  await expect(page).toHaveURL(new RegExp(`\\?page=${LONG_PAGES}$`));
  await paintedPageInk(page, LONG_PAGES);
  await expect(page.getByTestId('page-indicator')).toContainText(`第 ${LONG_PAGES} 页 / 共 ${LONG_PAGES} 页`);
  await expect(page.getByRole('button', { name: /下一页/ })).toBeDisabled();
  await jumpTo(page, 'first');
  await paintedPageInk(page, 1);
  await jumpTo(page, 123);
  await paintedPageInk(page, 123);

  await page.getByTestId('page-thumbnails').getByRole('button', { name: '第 124 页', exact: true }).click();
  await paintedPageInk(page, 124);
  await expect(page).toHaveURL(/\?page=124$/);
});

test('pages far from the view hold no canvas: a 350-page file keeps as few as a short one', async ({
  page,
  context,
}) => {
  await useViewerSite(context, server);
  await openViewerDoc(page, 'long', '?page=2');
  await paintedPageInk(page, 2);
  const census = () =>
    page.evaluate(() => {
      const pages = [...document.querySelectorAll('[data-testid="doc-page"]')];
      const live = (root: Element | Document) =>
        [...root.querySelectorAll('canvas')].filter((c) => c.width * c.height > 0);
      const thumbs = document.querySelector('[data-testid="page-thumbnails"]')!;
      return {
        pages: pages.map((p) => Number(p.getAttribute('data-page'))),
        pageCanvases: pages.flatMap((p) => live(p)).length,
        pagePixels: pages.flatMap((p) => live(p)).reduce((n, c) => n + c.width * c.height, 0),
        thumbCanvases: live(thumbs).length,
        allCanvases: live(document).length,
      };
    });
  // Neighbours are painted ahead, so a swipe shows them at once.
  await expect.poll(async () => (await census()).pageCanvases).toBe(3);
  const start = await census();

  for (const target of [100, 200, 300, LONG_PAGES]) {
    await jumpTo(page, target);
    await paintedPageInk(page, target);
    const now = await census();
    expect(
      now.pages.every((p) => Math.abs(p - target) <= 1),
      `pages kept at ${target}: ${now.pages}`,
    ).toBe(true);
    expect(now.pageCanvases).toBeLessThanOrEqual(3);
    expect(now.pagePixels).toBeLessThanOrEqual(start.pagePixels * 1.05);
    // Only thumbnails scrolled near the strip's view keep a canvas.
    expect(now.thumbCanvases).toBeLessThanOrEqual(40);
    expect(now.allCanvases).toBeLessThanOrEqual(3 + 40);
  }
});
