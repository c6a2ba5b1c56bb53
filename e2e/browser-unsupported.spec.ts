// Below the floor (Chromium 89 and older) staff see a plain page that says what was found and what is needed, never a
// blank or half-working kiosk. Run by the chromium-86 project (playwright.config.ts).
import { expect, test } from './fixtures/browser.ts';

test('Chromium 86 shows the page for staff with the version it found, and the kiosk does not start', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // Once the network is quiet, whatever the module bundle would have started (config, import, service worker) has.
  await page.goto('/', { waitUntil: 'networkidle' });
  const notice = page.getByTestId('browser-unsupported');
  await expect(notice).toBeVisible();
  await expect(notice).toHaveAttribute('data-version', '86');
  await expect(notice).toContainText('找到的浏览器：Chrome 86.');
  await expect(notice).toContainText('需要 Chromium 90 或更新版本的浏览器');
  await expect(notice).toContainText('怎么办');
  // Nothing of the kiosk behind it: no import, no service worker, no start-up screen.
  await expect(page.getByTestId('home')).toHaveCount(0);
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
  expect(await page.evaluate(() => indexedDB.databases().then((d) => d.length))).toBe(0);
  expect(errors).toEqual([]);
});
