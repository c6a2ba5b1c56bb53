// HTML documents are shown inert: no script runs, nothing loads from outside, nothing navigates, and a tapped link shows
// its QR code instead. Pages saved in GBK read as Chinese, and images come from the package's own files.
import { type Page } from '@playwright/test';
import { expect, test } from './fixtures/browser.ts';
import type { StaticServer } from './fixtures/static-server.ts';
import { LINK_URL, openViewerDoc, startViewerSite, useViewerSite } from './fixtures/viewer-package.ts';
import { XSS_METADATA, XSS_VECTORS } from './fixtures/xss-vectors.ts';

let server: StaticServer;
test.beforeAll(async () => {
  server = await startViewerSite();
});
test.afterAll(async () => server.close());

/** Records every side effect a vector could cause: a call to top.__xssHit, a request off this machine, a dialog, a navigation. */
async function watchSideEffects(page: Page) {
  const effects = {
    hits: [] as string[],
    outside: [] as string[],
    dialogs: [] as string[],
    navigations: [] as string[],
  };
  await page.exposeFunction('__xssHit', (id: string) => void effects.hits.push(id));
  await page.context().route('http://xss.test/**', (route) => {
    effects.outside.push(route.request().url());
    return route.abort();
  });
  page.on('request', (r) => {
    const host = new URL(r.url()).hostname;
    if (!['localhost', '127.0.0.1'].includes(host) && !r.url().startsWith('blob:') && !r.url().startsWith('data:'))
      effects.outside.push(r.url());
  });
  page.on('dialog', (d) => {
    effects.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('framenavigated', (f) => {
    const url = f.url();
    if (!url.startsWith('http://localhost') && url !== 'about:srcdoc' && url !== 'about:blank')
      effects.navigations.push(url);
  });
  return effects;
}

const frameOf = (page: Page) => page.frameLocator('[data-testid="html-document"]');

test('a script in the page never runs, and a tapped link shows its QR code instead of navigating', async ({
  page,
  context,
}) => {
  await useViewerSite(context, server);
  const effects = await watchSideEffects(page);
  await openViewerDoc(page, 'html-link');
  const frame = frameOf(page);
  await expect(frame.getByRole('heading', { name: '关于做好低保复核工作的说明' })).toBeVisible();
  const appUrl = page.url();

  await frame.locator('#gov-link').click();
  const dialog = page.getByTestId('link-dialog');
  await expect(dialog).toBeVisible();
  const qr = dialog.getByTestId('qr-code');
  await expect(qr).toHaveAttribute('data-kind', 'link');
  await expect(qr).toHaveAttribute('data-url', LINK_URL);
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect(dialog).toBeHidden();

  // A relative link points at the same site as the online original.
  await frame.locator('#relative-link').click();
  await expect(page.getByTestId('link-dialog').getByTestId('qr-code')).toHaveAttribute(
    'data-url',
    'https://www.example.gov.cn/zwgk/xxgk/other.html',
  );
  await page.keyboard.press('Escape');

  expect(page.url()).toBe(appUrl);
  expect(effects).toEqual({ hits: [], outside: [], dialogs: [], navigations: [] });
  expect(await frame.locator('script').count()).toBe(0);
});

test('images of an HTML document come from its own package', async ({ page, context }) => {
  await useViewerSite(context, server);
  await openViewerDoc(page, 'html-link');
  const image = frameOf(page).locator('#map');
  await expect(image).toHaveAttribute('src', /^blob:/);
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
});

test('a page saved in GBK (charset=gb2312) reads as Chinese', async ({ page, context }) => {
  await useViewerSite(context, server);
  await openViewerDoc(page, 'html-gbk');
  await expect(frameOf(page).getByRole('heading')).toHaveText('关于开展低保复核的通知');
});

test(`${XSS_VECTORS.length} hostile vectors in an HTML document: none runs, loads from outside or navigates`, async ({
  page,
  context,
}) => {
  expect(XSS_VECTORS.length).toBeGreaterThanOrEqual(50);
  await useViewerSite(context, server);
  const effects = await watchSideEffects(page);
  await openViewerDoc(page, 'html-xss');

  // The watchers themselves work: a real call and a real outside load are seen (and then forgotten).
  await page.evaluate(() => (window as unknown as { __xssHit(id: string): void }).__xssHit('control'));
  await page.evaluate(() => fetch('http://xss.test/control').catch(() => undefined));
  await expect
    .poll(() => effects.hits.includes('control') && effects.outside.some((u) => u.includes('/control')))
    .toBe(true);
  effects.hits.length = 0;
  effects.outside.length = 0;

  const frame = frameOf(page);
  await expect(frame.locator('#end')).toBeVisible();
  const appUrl = page.url();
  for (const vector of XSS_VECTORS.filter((v) => v.tap)) {
    const target = frame.locator(`#${vector.tap}`);
    if ((await target.count()) === 0) continue; // the sanitiser removed the element itself: nothing to tap
    // A tap on what is left of a link opens its QR dialog, which must be closed before the next tap can land.
    const isLink =
      (await target.getAttribute('data-link')) !== null ||
      (await target.locator('xpath=ancestor::*[@data-link]').count()) > 0;
    await target.click();
    if (isLink) {
      await expect(page.getByTestId('link-dialog')).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('link-dialog')).toBeHidden();
    }
  }
  // Give timers, refreshes and lazy loads the time they would need.
  await page.waitForTimeout(1500);

  for (const vector of XSS_VECTORS) {
    expect(effects.hits, `${vector.id} ran script`).not.toContain(vector.id);
    expect(
      effects.outside.filter((u) => u.includes(`/${vector.id}`)),
      `${vector.id} loaded from outside`,
    ).toEqual([]);
    expect(
      effects.navigations.filter((u) => u.includes(vector.id)),
      `${vector.id} navigated`,
    ).toEqual([]);
  }
  expect(effects).toEqual({ hits: [], outside: [], dialogs: [], navigations: [] });
  expect(page.url()).toBe(appUrl);
  expect(await page.evaluate(() => document.cookie)).not.toContain('xss');

  // What is left in the frame carries no way to run or load anything.
  const leftovers = await frame.locator('body').evaluate((body) => {
    const found: string[] = [];
    for (const el of body.querySelectorAll('*')) {
      if (
        /^(script|iframe|frame|object|embed|applet|form|input|button|textarea|meta|base|link|style|video|audio|source|portal|svg|math)$/i.test(
          el.tagName,
        )
      )
        found.push(el.tagName);
      for (const attr of el.attributes) {
        if (
          /^on/i.test(attr.name) ||
          ['href', 'xlink:href', 'action', 'formaction', 'srcset', 'style', 'background', 'poster'].includes(attr.name)
        )
          found.push(`${el.tagName}[${attr.name}]`);
        if (attr.name === 'src' && !/^(blob:|data:image\/(png|gif|jpeg|webp);)/.test(attr.value))
          found.push(`${el.tagName}[src=${attr.value}]`);
      }
    }
    return found;
  });
  expect(leftovers).toEqual([]);
});

test('hostile catalogue fields show as plain text and run nothing', async ({ page, context }) => {
  await useViewerSite(context, server);
  const effects = await watchSideEffects(page);
  await openViewerDoc(page, 'xss-meta');
  await expect(page.getByRole('heading', { level: 1 }).first()).toHaveText(XSS_METADATA.title);
  await expect(page.getByText(XSS_METADATA.fields.publisher)).toBeVisible();
  await page.waitForTimeout(500);
  expect(effects).toEqual({ hits: [], outside: [], dialogs: [], navigations: [] });
});
