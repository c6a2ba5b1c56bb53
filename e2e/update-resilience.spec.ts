// Town networks drop and pages get closed: an interrupted update must leave the old version and resume without refetching.
import { type Page } from '@playwright/test';
import { expect, newPage, test } from './fixtures/browser.ts';
import { openConsole, routeSiteConfig, startupCheckDone } from './fixtures/admin.ts';
import { makeKey, makeSignedPackage, SIGNED_PACKAGE_ID, type TestKey } from './fixtures/signed-package.ts';
import { serveFolder, type StaticServer } from './fixtures/static-server.ts';
import { FIRST_ROUND_AFTER_MS } from '../src/kiosk/update-schedule.ts';

const SITE = 'e2e-resilience';
const COUNT = 20;
let key: TestKey;
let v1: string;
let v2: string;
let server: StaticServer;

test.beforeAll(async () => {
  key = makeKey();
  v1 = await makeSignedPackage({ version: 1, count: COUNT, key });
  // Every document changes: 40 content files to fetch.
  v2 = await makeSignedPackage({ version: 2, count: COUNT, changed: Array.from({ length: COUNT }, (_, i) => i), key });
});
test.beforeEach(async ({ context }) => {
  server = await serveFolder(v1);
  await routeSiteConfig(context, SITE, {
    contentUrl: server.url,
    packageId: SIGNED_PACKAGE_ID,
    trustedKeys: [key.publicKey],
    allowUnsigned: false,
  });
});
test.afterEach(async () => server.close());

const contentRequests = () => server.requests.filter((p) => /^\/(files|text)\//.test(p));

/** Each terminal's clock is installed before it loads, so that its first update round comes when the test says. */
async function startOnV1(page: Page) {
  await page.clock.install();
  await page.goto(`/?site=${SITE}`);
  await expect(page.getByTestId('content-version')).toHaveAttribute('data-version', '1');
  await startupCheckDone(page, server);
}

test('a sync cut half-way keeps v1; once the network is back it completes without refetching what was stored', async ({
  page,
}) => {
  await startOnV1(page);
  server.setRoot(v2);
  server.requests.length = 0;
  server.setNetwork({ cutAfterFiles: 10 });
  await openConsole(page, SITE);
  await page.getByRole('button', { name: '检查更新' }).click();
  await expect(page.getByTestId('admin-result')).toContainText('没有被采用');
  await expect(page.getByTestId('content-version')).toHaveAttribute('data-version', '1');
  const storedBeforeCut = contentRequests().slice(0, 10);
  expect(storedBeforeCut).toHaveLength(10);

  server.setNetwork({});
  server.requests.length = 0;
  await page.getByRole('button', { name: '检查更新' }).click();
  await expect(page.getByTestId('admin-result')).toContainText('第 2 版');
  await expect(page.getByTestId('content-version')).toHaveAttribute('data-version', '2');
  const second = contentRequests();
  expect(second).toHaveLength(40 - 10);
  expect(second.filter((p) => storedBeforeCut.includes(p))).toEqual([]);
});

test('a page closed in the middle of an import reopens on v1, and the next import completes', async ({
  page,
  context,
}) => {
  await startOnV1(page);
  server.setRoot(v2);
  server.requests.length = 0;
  server.setNetwork({ delayMs: 250 });
  await openConsole(page, SITE);
  await page.getByRole('button', { name: '检查更新' }).click();
  await expect(page.getByTestId('import-progress')).toBeVisible();
  await expect.poll(() => contentRequests().length).toBeGreaterThanOrEqual(5);
  await page.close();

  server.setNetwork({});
  const reopened = await newPage(context);
  await reopened.goto(`/?site=${SITE}`);
  await expect(reopened.getByTestId('content-version')).toHaveAttribute('data-version', '1');
  // The start-up check takes the package this time, and Home switches to it.
  await reopened.clock.fastForward(FIRST_ROUND_AFTER_MS);
  await expect(reopened.getByTestId('content-version')).toHaveAttribute('data-version', '2', { timeout: 30_000 });
  await expect(reopened.getByTestId('content-version')).toHaveAttribute('data-count', String(COUNT));
});

test('two terminals following one server both pick up a new version', async ({ page, browser }) => {
  const second = await browser.newContext({ serviceWorkers: 'block' });
  await routeSiteConfig(second, SITE, {
    contentUrl: server.url,
    packageId: SIGNED_PACKAGE_ID,
    trustedKeys: [key.publicKey],
    allowUnsigned: false,
  });
  const other = await newPage(second);
  await startOnV1(page);
  await other.clock.install();
  await other.goto(`/?site=${SITE}`);
  await expect(other.getByTestId('content-version')).toHaveAttribute('data-version', '1');

  server.setRoot(v2);
  await Promise.all([page.reload(), other.reload()]);
  for (const terminal of [page, other]) {
    await expect(terminal.getByTestId('content-version')).toHaveAttribute('data-version', '1');
    await terminal.clock.fastForward(FIRST_ROUND_AFTER_MS);
  }
  for (const terminal of [page, other]) {
    await expect(terminal.getByTestId('content-version')).toHaveAttribute('data-version', '2', { timeout: 30_000 });
  }
  await second.close();
});
