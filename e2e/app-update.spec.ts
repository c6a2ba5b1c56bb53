// A new app version never lands under a resident's eyes: it installs and waits while a document is read, and takes
// over only when the bulletin board shows (or arrives while it shows), reloading the page into it. Two builds, served
// one after the other.
import { cpSync, appendFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/browser.ts';
import { openHome, readDemo, waitForServiceWorker } from './fixtures/kiosk.ts';
import { scratchDir } from './fixtures/scratch.ts';
import { serveFolder, type StaticServer } from './fixtures/static-server.ts';

const { catalogue } = readDemo();
// The service worker is what this spec is about.
test.use({ hasTouch: true, serviceWorkers: 'allow' });
// Chromium lets a worker that called skipWaiting take over only once the outgoing one has no request in flight, and
// gives that one up to five minutes (kMaxLameDuckTime in service_worker_registration.cc). A CI run in a fresh Debian saw
// no takeover within a minute (the page on the board, the new version waiting): the wait is that bound and a half
// minute, and a takeover slower than 10 s is written into the test's annotations. What keeps the old worker busy is
// not known yet; it is not a fetch of the page's (a probe saw none unsettled and no request pending in the slow runs it
// reproduced on a loaded machine). On a terminal the board shows for hours, so five minutes cost a resident nothing.
const TAKEOVER_MS = 330_000;
test.describe.configure({ timeout: TAKEOVER_MS + 120_000 });

/** Waits until the page has reloaded into the new version (its marker gone), noting a slow takeover. */
async function waitForTakeover(page: Page) {
  const start = Date.now();
  await page.waitForFunction(() => (window as unknown as { marker?: number }).marker === undefined, undefined, {
    timeout: TAKEOVER_MS,
  });
  const ms = Date.now() - start;
  if (ms > 10_000) test.info().annotations.push({ type: 'slow takeover', description: `${ms} ms` });
}

let folder: string;
let server: StaticServer;

test.beforeAll(() => {
  // Build one is the production build; build two differs in its service worker, as any new release does.
  folder = scratchDir('builds');
  cpSync('dist', join(folder, 'one'), { recursive: true });
  cpSync('dist', join(folder, 'two'), { recursive: true });
  appendFileSync(join(folder, 'two', 'sw.js'), '\n// build two\n');
});
test.afterAll(() => rmSync(folder, { recursive: true, force: true }));
test.beforeEach(async () => {
  server = await serveFolder(join(folder, 'one'));
});
test.afterEach(async () => server.close());

const swState = () =>
  navigator.serviceWorker.getRegistration().then((r) => ({ waiting: !!r?.waiting, active: !!r?.active }));

test('a new version waits while a document is open and takes over on the board', async ({ page }) => {
  await openHome(page, server.url);
  await waitForServiceWorker(page);
  const doc = catalogue.documents[0]!;
  await page.evaluate((hash) => (location.hash = hash), `#/doc/${doc.id}`);
  await expect(page.getByTestId('doc-viewer')).toBeVisible();
  // A marker that survives exactly as long as this page has not reloaded.
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));

  server.setRoot(join(folder, 'two'));
  // The app's scheduled check for a new version, run now.
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
  await expect.poll(() => page.evaluate(swState), { timeout: 60_000 }).toEqual({ waiting: true, active: true });

  // Reading goes on undisturbed: same page, same document, the new version still waiting.
  await page.waitForTimeout(2000);
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
  await expect(page.getByTestId('doc-viewer')).toHaveAttribute('data-id', doc.id);
  expect(await page.evaluate(swState)).toEqual({ waiting: true, active: true });

  // Nobody reading: the board shows, the new version takes over and the page starts again in it, on the board.
  await page.evaluate(() => (location.hash = '#/board'));
  await waitForTakeover(page);
  await expect(page.getByTestId('board')).toBeVisible();
  expect(await page.evaluate(swState)).toEqual({ waiting: false, active: true });
  const script = await page.evaluate(() => fetch('/sw.js', { cache: 'no-store' }).then((r) => r.text()));
  expect(script).toContain('// build two');
});

test('a new version that finishes installing while the board shows takes over at once', async ({ page }) => {
  await openHome(page, server.url);
  await waitForServiceWorker(page);
  await page.evaluate(() => (location.hash = '#/board'));
  await expect(page.getByTestId('board')).toBeVisible();
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));

  server.setRoot(join(folder, 'two'));
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
  await waitForTakeover(page);
  await expect(page.getByTestId('board')).toBeVisible();
  expect(await page.evaluate(swState)).toEqual({ waiting: false, active: true });
  const script = await page.evaluate(() => fetch('/sw.js', { cache: 'no-store' }).then((r) => r.text()));
  expect(script).toContain('// build two');
});
