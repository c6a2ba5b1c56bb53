// Weeks without a network: once the service worker controls the page, Home, lists and PDFs all work offline.
import { newPage } from './fixtures/browser.ts';
import { expect, test } from './fixtures/terminal.ts';
import { paintedPageInk } from './fixtures/canvas.ts';
import { longestDemoPdf, openHome, readDemo, waitForServiceWorker } from './fixtures/kiosk.ts';

// The service worker is what this spec is about.
test.use({ serviceWorkers: 'allow' });

const { catalogue } = readDemo();

test('offline after the first start: reload, Home, a domain list and a Chinese PDF all work', async ({
  page,
  context,
}) => {
  await openHome(page);
  await waitForServiceWorker(page);
  // The precache must be complete before the network goes: wait for the worker to be active.
  await page.evaluate(() => navigator.serviceWorker.ready);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId('home')).toBeVisible();
  await expect(page.getByTestId('content-version')).toHaveAttribute('data-count', String(catalogue.documents.length));

  const domain = catalogue.domains[0]!;
  await page.locator(`a[data-domain="${domain.key}"]`).click();
  await expect(page.getByTestId('result-item')).toHaveCount(
    catalogue.documents.filter((d) => d.domain === domain.key).length,
  );

  const doc = longestDemoPdf(catalogue);
  await page.goto(`/#/doc/${doc.id}`);
  const ink = await paintedPageInk(page, 1);
  expect(ink.inkPixels).toBeGreaterThan(500);
});

test('offline, a new tab on another route and site name still starts from the cache', async ({ page, context }) => {
  await openHome(page);
  await waitForServiceWorker(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await context.setOffline(true);
  const second = await newPage(context);
  await second.goto(`/?site=default#/browse?domain=${catalogue.domains[1]!.key}`);
  await expect(second.getByTestId('result-item').first()).toBeVisible();
});
