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
import { FIRST_ROUND_AFTER_MS } from '../src/kiosk/update-schedule.ts';

const { catalogue } = readDemo();
// The service worker is what this spec is about.
test.use({ hasTouch: true, serviceWorkers: 'allow' });
// Chromium lets a worker that called skipWaiting take over once the outgoing one has stopped or gone idle, and gives
// it at most five minutes (kMaxLameDuckTime in service_worker_registration.cc). A fetch through the outgoing worker
// while it is being stopped starts it again; with DevTools attached (Playwright attaches to every service worker) a
// worker is never stopped for being idle, so the takeover then waits the whole five minutes. The app's first scheduled
// update round (10 s after start: the content manifest and sw.js) is such a fetch, and in these tests it fell on the
// board's takeover about one run in eight on a busy machine (measured with a probe that watched the workers' running
// status through CDP: the old worker stopped and was at once started by the round's manifest fetch; a fetch forced at
// that moment did the same in two runs of three; waiting for the round first, 16 of 16 took over in 1.2-2.5 s). So
// each test lets the round pass before the board shows. On a terminal, without DevTools, such a restarted worker should
// idle out after Chromium's 30 s (not measured here: every browser these tests drive has DevTools attached), and at
// worst the bound holds; the board shows for hours, so a resident never sees the difference.
const TAKEOVER_MS = 60_000;
test.describe.configure({ timeout: TAKEOVER_MS + 120_000 });

/** Waits until the page has reloaded into the new version (its marker gone), noting a takeover slower than 10 s. */
async function waitForTakeover(page: Page) {
  const start = Date.now();
  await page.waitForFunction(() => (window as unknown as { marker?: number }).marker === undefined, undefined, {
    timeout: TAKEOVER_MS,
  });
  const ms = Date.now() - start;
  if (ms > 10_000) test.info().annotations.push({ type: 'slow takeover', description: `${ms} ms` });
}

/**
 * Counts the content manifest's answers from the page's start: the first start's sync fetches it once, the update
 * schedule's first round once more. `passed()` brings that round forward on the page's clock (installed here, before
 * the page loads) and waits for it, so it cannot fall on the takeover (above).
 */
async function watchUpdateRound(page: Page) {
  await page.clock.install();
  let answered = 0;
  page.on('requestfinished', (request) => {
    if (new URL(request.url()).pathname.endsWith('/manifest.json')) answered += 1;
  });
  return {
    passed: async () => {
      await page.clock.fastForward(FIRST_ROUND_AFTER_MS);
      await expect
        .poll(() => answered, { message: 'the first scheduled update round fetched the manifest', timeout: 30_000 })
        .toBeGreaterThanOrEqual(2);
    },
  };
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
  const round = await watchUpdateRound(page);
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
  await round.passed();
  await page.evaluate(() => (location.hash = '#/board'));
  await waitForTakeover(page);
  await expect(page.getByTestId('board')).toBeVisible();
  expect(await page.evaluate(swState)).toEqual({ waiting: false, active: true });
  const script = await page.evaluate(() => fetch('/sw.js', { cache: 'no-store' }).then((r) => r.text()));
  expect(script).toContain('// build two');
});

test('a new version that finishes installing while the board shows takes over at once', async ({ page }) => {
  const round = await watchUpdateRound(page);
  await openHome(page, server.url);
  await waitForServiceWorker(page);
  await round.passed();
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
