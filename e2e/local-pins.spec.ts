// PINs set at the terminal: the config serves no hash to crack, the first set-up needs the set-up code, and the PINs
// chosen then open the console and the attendant's pad, and nothing else does.
import { pbkdf2Sync, randomBytes } from 'node:crypto';
import { expect, test } from './fixtures/terminal.ts';
import { enterPin, routeSiteConfig, STAFF_PIN } from './fixtures/admin.ts';

const SETUP_CODE = '202603021234';
const NEW_STAFF = '80264153';
const NEW_ATTENDANT = '91375264';

function hashOf(pin: string) {
  const salt = randomBytes(16);
  return {
    salt: salt.toString('base64'),
    iterations: 600_000,
    hash: pbkdf2Sync(pin, salt, 600_000, 32, 'sha256').toString('base64'),
  };
}

/** A new PIN is typed twice on the set-up form. */
async function choosePin(page: import('@playwright/test').Page, pin: string) {
  const form = page.getByTestId('new-pin');
  for (let round = 0; round < 2; round++) {
    for (const digit of pin) await form.getByRole('button', { name: digit, exact: true }).click();
    await form.getByRole('button', { name: '确定' }).click();
  }
}

test('staff set the local PINs with the set-up code, then only the new staff PIN opens the console', async ({
  page,
  context,
}) => {
  await routeSiteConfig(context, 'local', {
    staffPin: 'local',
    attendantPin: 'local',
    pinSetupCode: hashOf(SETUP_CODE),
  });
  await page.goto('/?site=local#/admin');
  await expect(page.getByTestId('pin-pad')).toContainText('首次设置：请输入设置码');
  // The demo's staff PIN is no set-up code.
  await enterPin(page, STAFF_PIN);
  await expect(page.getByTestId('pin-message')).toContainText('密码不对');
  await enterPin(page, SETUP_CODE);
  await expect(page.getByTestId('new-pin')).toContainText('设定新的工作人员密码');
  await choosePin(page, NEW_STAFF);
  await expect(page.getByTestId('new-pin')).toContainText('设定新的管理员密码');
  await choosePin(page, NEW_ATTENDANT);
  const console = page.getByTestId('admin-console');
  await expect(console).toBeVisible();
  await expect(console.getByTestId('pin-state-staff')).toHaveAttribute('data-set', 'yes');

  // What the terminal keeps: a PBKDF2-600k hash, never the digits.
  const stored = await page.evaluate(
    () =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('chayue');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('settings').objectStore('settings').get('localPin:staff');
          get.onsuccess = () => resolve(get.result);
        };
      }),
  );
  expect(stored).toMatchObject({ iterations: 600_000 });
  expect(JSON.stringify(stored)).not.toContain(NEW_STAFF);

  await page.getByRole('button', { name: '退出' }).click();
  await page.evaluate(() => (location.hash = '#/admin'));
  await expect(page.getByTestId('pin-pad')).toContainText('请输入工作人员密码');
  await enterPin(page, SETUP_CODE);
  await expect(page.getByTestId('pin-message')).toContainText('密码不对');
  await enterPin(page, NEW_STAFF);
  await expect(page.getByTestId('admin-console')).toBeVisible();
});
