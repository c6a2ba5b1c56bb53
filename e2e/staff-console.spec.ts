// Staff reach the console by a hidden corner press and their own PIN only, and it tells them plainly what the terminal holds.
import { expect, test } from './fixtures/terminal.ts';
import { enterPin, STAFF_PIN } from './fixtures/admin.ts';
import { openHome, readDemo } from './fixtures/kiosk.ts';
import { ATTENDANT_PIN } from './fixtures/print.ts';
import { holdStaffCorner } from './fixtures/usage.ts';

const { manifest, catalogue } = readDemo();

test('a 3-second press in the top-left corner opens the PIN pad, and the staff PIN opens the console', async ({
  page,
}) => {
  await openHome(page);
  // A short press is a resident's tap, not the gesture.
  await page.mouse.move(40, 40);
  await page.mouse.down();
  // A sleep on purpose: the behaviour is that nothing happens during it.
  await page.waitForTimeout(1500);
  await page.mouse.up();
  await expect(page.getByTestId('pin-pad')).toHaveCount(0);

  await holdStaffCorner(page);
  expect(new URL(page.url()).hash).toBe('#/admin');
  // A wrong try first: the console then tells staff someone got the PIN wrong.
  await enterPin(page, '11111111');
  await expect(page.getByTestId('pin-pad')).toContainText('还可以再试');
  await enterPin(page, STAFF_PIN);
  const console = page.getByTestId('admin-console');
  await expect(console).toBeVisible();
  await expect(console.getByTestId('pin-failures')).toHaveAttribute('data-count', '1');
  await expect(console.getByTestId('pin-failures')).toContainText('工作人员 PIN');
  await expect(console.getByTestId('content-version')).toHaveAttribute('data-version', String(manifest.version));
  await expect(console.getByTestId('content-version')).toHaveAttribute(
    'data-count',
    String(catalogue.documents.length),
  );
  await expect(console.getByTestId('app-version')).toContainText('程序版本：0.');
  await expect(console.getByTestId('storage-status')).toContainText('存储：已用');
  // Whether eviction could wipe the offline catalogue, and a way to ask for persistent storage while it could.
  await expect(console.getByTestId('storage-status')).toHaveAttribute('data-persisted', /^(yes|no)$/);
  if ((await console.getByTestId('storage-status').getAttribute('data-persisted')) === 'no') {
    await console.getByTestId('request-persist').click();
    await expect(page.getByTestId('admin-result')).toContainText('持久保存');
  }
  await expect(console.getByTestId('voice-status')).toBeVisible();
  await expect(console).toContainText('云溪县政务服务中心政府信息公开查阅点');
  // The demo config takes unsigned packages: the console says so.
  await expect(console).toContainText('allowUnsigned');
  await expect(page.getByTestId('clock-warning')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('console.png'), fullPage: true });

  await page.getByRole('button', { name: '打印测试页' }).click();
  await expect(page.getByTestId('admin-result')).toHaveText('测试页已送到打印机，请到打印机取纸，看字迹是否清楚。');

  await page.getByRole('button', { name: '退出' }).click();
  await expect(page.getByTestId('home')).toBeVisible();
});

test('the attendant PIN, entered after the gesture, does not open the console', async ({ page }) => {
  await openHome(page);
  await holdStaffCorner(page);
  await enterPin(page, ATTENDANT_PIN);
  await expect(page.getByTestId('pin-message')).toContainText('密码不对');
  await expect(page.getByTestId('admin-console')).toHaveCount(0);
});

test('a terminal clock earlier than the content package is named as a plain warning', async ({ page }) => {
  // A month before the demo package was made: a terminal whose CMOS battery died.
  await page.clock.install({ time: new Date(Date.parse(manifest.created) - 30 * 86_400_000) });
  await openHome(page);
  await page.evaluate(() => (location.hash = '#/admin'));
  await enterPin(page, STAFF_PIN);
  await expect(page.getByTestId('clock-warning')).toContainText('本机时钟可能不准');
  await expect(page.getByTestId('clock-warning')).toContainText('请校准本机的日期和时间');
  await page.screenshot({ path: test.info().outputPath('clock-warning.png') });
});
