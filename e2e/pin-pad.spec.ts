// The staff PIN pad locks after five wrong tries for five minutes, says so with a countdown, and opens again after.
import { expect, test } from './fixtures/terminal.ts';
import { enterPin, STAFF_PIN } from './fixtures/admin.ts';
import { openHome } from './fixtures/kiosk.ts';

test('five wrong PINs lock the pad; the lock survives a reload and ends after five minutes', async ({ page }) => {
  await page.clock.install();
  await openHome(page);
  await page.goto('/#/admin');
  const message = page.getByTestId('pin-message');
  for (let left = 4; left >= 1; left--) {
    await enterPin(page, '11112222');
    await expect(message).toHaveText(`密码不对，还可以再试 ${left} 次。`);
  }
  await enterPin(page, '11112222');
  await expect(message).toContainText('输错次数太多，请 4 分');
  await expect(page.getByRole('button', { name: '5', exact: true })).toBeDisabled();

  await page.reload();
  await expect(page.getByTestId('pin-message')).toContainText('输错次数太多');

  // Five quiet minutes also end the session (the idle wipe shows the board): the lock must outlast that, and end.
  await page.clock.fastForward('05:01');
  await expect(page.getByTestId('board')).toBeVisible();
  await page.evaluate(() => (location.hash = '#/admin'));
  await expect(page.getByRole('button', { name: '5', exact: true })).toBeEnabled();
  await enterPin(page, STAFF_PIN);
  await expect(page.getByTestId('admin-console')).toBeVisible();
});

test('the attendant PIN does not open the staff console', async ({ page }) => {
  await openHome(page);
  await page.goto('/#/admin');
  await enterPin(page, '13572468');
  await expect(page.getByTestId('pin-message')).toContainText('密码不对');
  await expect(page.getByTestId('admin-console')).toHaveCount(0);
});
