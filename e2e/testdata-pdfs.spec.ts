// Real PDFs from pdf.js's own corpus: Chinese ones paint real text offline-ready, broken ones say why, none stays blank.
import { type BrowserContext, type Page } from '@playwright/test';
import { expect, newPage, test } from './fixtures/browser.ts';
import { paintedPageInk } from './fixtures/canvas.ts';
import { go } from './fixtures/a11y.ts';
import { openHome } from './fixtures/kiosk.ts';
import { serveFolder, type StaticServer } from './fixtures/static-server.ts';
import { makeTestdataPackage, TESTDATA_PACKAGE_ID, testDocId, testPdfNames } from './fixtures/testdata-package.ts';

// Measured: of the Chinese test PDFs only this one's page text goes through a predefined cMap (GBK-EUC-H);
// issue14438's Chinese sits in annotation popups, the others embed Identity-H fonts.
const NEEDS_CMAPS = ['XiaoBiaoSong.pdf'];
const CHINESE = [
  'issue14438.pdf',
  'issue15690.pdf',
  'file_pdfjs_test.pdf',
  'XiaoBiaoSong.pdf',
  'issue4061.pdf',
  'issue19207.pdf',
];
const REFUSED: Record<string, RegExp> = {
  'bug1782186.pdf': /此文件已加密，无法在本机显示/,
  'tracemonkey-truncated.pdf': /此文件不完整/,
};

let server: StaticServer;
test.beforeAll(async () => {
  server = await serveFolder(await makeTestdataPackage());
});
test.afterAll(async () => server.close());

// The config is answered by the test, so no service worker may stand between the page and the route.

async function useTestdataSite(context: BrowserContext) {
  await context.route('**/kiosk-config/e2e-testdata.json', async (route) => {
    const response = await route.fetch({ url: route.request().url().replace('e2e-testdata', 'default') });
    const config = { ...(await response.json()), contentUrl: server.url, packageId: TESTDATA_PACKAGE_ID };
    await route.fulfill({ response, json: config });
  });
}

/** The document in the test site's kiosk: the first opens it, the next are reached through Home in the session. */
async function openTestDoc(page: Page, name: string) {
  if (new URL(page.url()).searchParams.get('site') === 'e2e-testdata') {
    await go(page, '#/');
    await expect(page.getByTestId('home')).toBeVisible();
  } else await openHome(page, '/?site=e2e-testdata');
  await go(page, `#/doc/${testDocId(name)}`);
  await expect(page.locator(`[data-testid="doc-viewer"][data-id="${testDocId(name)}"]`)).toBeVisible();
}

// The Chinese ones among them paint real text: the ink a page of glyphs leaves, not a blank or one-colour page.
test('every test PDF either paints a page with content or shows a reason, within a bounded wait', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  await useTestdataSite(context);
  const painted: string[] = [];
  for (const name of await testPdfNames()) {
    await openTestDoc(page, name);
    const refusal = REFUSED[name];
    if (refusal) {
      await expect(page.getByTestId('doc-error'), name).toHaveText(refusal);
      await expect(page.getByTestId('doc-page')).toHaveCount(0);
      continue;
    }
    const ink = await paintedPageInk(page);
    expect(ink.colours, `${name} is one flat colour`).toBeGreaterThan(2);
    expect(ink.inkPixels, `${name} has no ink`).toBeGreaterThan(500);
    painted.push(name);
  }
  // Every Chinese test PDF is among those painted (none refused, none missing from the corpus).
  expect(painted).toEqual(expect.arrayContaining(CHINESE));
});

for (const name of NEEDS_CMAPS) {
  test(`${name}: the page differs from a render with the cMap requests blocked`, async ({ page, context, browser }) => {
    await useTestdataSite(context);
    const cmapRequests: string[] = [];
    context.on('request', (r) => void (r.url().includes('/pdfjs/cmaps/') && cmapRequests.push(r.url())));
    await openTestDoc(page, name);
    const withCmaps = await paintedPageInk(page);
    expect(cmapRequests.length, 'pdf.js asked for no cMap').toBeGreaterThan(0);

    const blockedContext = await browser.newContext({ serviceWorkers: 'block', viewport: page.viewportSize()! });
    await useTestdataSite(blockedContext);
    await blockedContext.route('**/pdfjs/cmaps/**', (route) => route.abort());
    const blockedPage = await newPage(blockedContext);
    await openTestDoc(blockedPage, name);
    const withoutCmaps = await paintedPageInk(blockedPage);
    await blockedContext.close();

    // Without cMaps pdf.js draws no Chinese glyphs: the real render must carry clearly more ink.
    expect(withCmaps.inkPixels).toBeGreaterThan(withoutCmaps.inkPixels * 1.5 + 1000);
  });
}
