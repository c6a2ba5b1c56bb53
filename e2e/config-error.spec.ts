// A terminal with a broken config tells staff what is wrong instead of showing a blank page.
import { expect, test } from './fixtures/browser.ts';

test('an invalid config shows the staff error screen naming the bad keys', async ({ page }) => {
  await page.route('**/kiosk-config/broken.json', (route) =>
    route.fulfill({ json: { siteName: '', contentUrl: './demo-package/', idleWarningSeconds: 5 } }),
  );
  await page.goto('/?site=broken');
  const screen = page.getByTestId('config-error');
  await expect(screen).toBeVisible();
  await expect(screen).toContainText('终端配置有误');
  await expect(screen).toContainText('kiosk-config/broken.json');
  await expect(screen).toContainText('siteName');
  await expect(screen).toContainText('idleWarningSeconds');
  await expect(screen).toContainText('staffPin');
});

test('a missing config on a terminal that never had one says it cannot load', async ({ page }) => {
  await page.goto('/?site=nowhere');
  await expect(page.getByTestId('config-error')).toContainText('kiosk-config/nowhere.json');
  await expect(page.getByTestId('home')).toHaveCount(0);
});

// A mistyped site name once loaded the demo config, whose PINs are in the README and which takes unsigned packages.
for (const site of ['yunxi.county', '云溪县']) {
  test(`?site=${site} is a config error naming the bad site name, never the demo config`, async ({ page }) => {
    const configs: string[] = [];
    page.on('request', (r) => r.url().includes('/kiosk-config/') && configs.push(r.url()));
    await page.goto(`/?site=${encodeURIComponent(site)}`);
    const screen = page.getByTestId('config-error');
    await expect(screen).toContainText(`站点名称“${site}”不可用`);
    await expect(screen).toContainText('?site=');
    await expect(page.getByTestId('home')).toHaveCount(0);
    expect(configs).toEqual([]);
  });
}
