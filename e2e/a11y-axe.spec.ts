// Every screen a resident or staff member meets passes axe-core (WCAG 2.2 AA and best practice) with no violations, in the
// normal mode, 适老化 mode and 适老化 with light-on-dark.
import { expect, test } from './fixtures/terminal.ts';
import { expectNoAxeViolations, go, MODES, switchMode, throughStaffScreens } from './fixtures/a11y.ts';
import { openHome } from './fixtures/kiosk.ts';
import { recordPrints } from './fixtures/print.ts';

// A 20-page PDF, a web page, and the demo's default config timings (120 s quiet, then the warning).
const PDF_DOC = 'yx-2026-czj-006';
const HTML_DOC = 'yx-2026-jyj-014';
test.describe.configure({ timeout: 300_000 });

for (const mode of MODES) {
  test(`every screen has no axe violations: ${mode}`, async ({ page }) => {
    await page.clock.install();
    await openHome(page);
    await switchMode(page, mode);
    await expectNoAxeViolations(page, 'Home');

    await go(page, '#/browse?domain=budgets-final-accounts');
    await expect(page.getByTestId('result-item').first()).toBeVisible();
    await expectNoAxeViolations(page, 'browse');

    await go(page, '#/search?q=');
    await expect(page.getByTestId('search-results')).toBeVisible();
    await expectNoAxeViolations(page, 'search, nothing typed');
    await go(page, `#/search?q=${encodeURIComponent('财政')}`);
    await expect(page.getByTestId('result-item').first()).toBeVisible();
    await expectNoAxeViolations(page, 'search with results');
    await go(page, `#/search?q=${encodeURIComponent('火星基地')}`);
    await expect(page.getByTestId('search-results')).toHaveAttribute('data-count', '0');
    await expectNoAxeViolations(page, 'search with no results');

    await go(page, `#/doc/${PDF_DOC}`);
    await expect(page.locator('[data-testid="doc-page"][data-rendered="true"]').first()).toBeVisible({
      timeout: 60_000,
    });
    await expectNoAxeViolations(page, 'PDF document');
    await page.getByTestId('print-button').click();
    await expect(page.getByTestId('print-dialog')).toHaveAttribute('data-state', 'choose', { timeout: 60_000 });
    await expectNoAxeViolations(page, 'print dialog');
    // One page really printed (window.print recorded), so the dialog's last state and the attendant's log have a job.
    await recordPrints(page);
    await page.getByTestId('print-dialog').locator('[data-choice="current"]').click();
    await page.getByTestId('print-confirm').click();
    await expect(page.getByTestId('print-dialog')).toHaveAttribute('data-state', 'sent', { timeout: 90_000 });
    await expectNoAxeViolations(page, 'print dialog, job sent');
    await page.getByTestId('print-outcome').getByRole('button').click();
    await expect(page.getByTestId('print-dialog')).toHaveCount(0);
    await page.getByTestId('qr-code').first().click();
    await expect(page.locator('dialog[open]')).toBeVisible();
    await expectNoAxeViolations(page, 'enlarged QR code');
    await page.keyboard.press('Escape');

    await go(page, `#/doc/${HTML_DOC}`);
    await expect(page.getByTestId('html-document')).toBeVisible();
    await expectNoAxeViolations(page, 'web page document');

    await throughStaffScreens(page, async (where) => {
      // The job printed above is in the attendant's log.
      if (where === 'the attendant desk')
        await expect(page.getByTestId('print-log').locator('tbody tr')).toHaveCount(1);
      await expectNoAxeViolations(page, where);
    });

    await go(page, '#/');
    await expect(page.getByTestId('home')).toBeVisible();
    // Just past the quiet spell (120 s, half as long again in 适老化 mode), inside the warning.
    await page.clock.fastForward(mode === 'normal' ? 125_000 : 185_000);
    await expect(page.getByTestId('idle-warning')).toBeVisible();
    await expectNoAxeViolations(page, 'idle warning');

    await go(page, '#/board');
    await expect(page.getByTestId('board')).toBeVisible();
    await expectNoAxeViolations(page, 'bulletin board');
  });
}

test('the scan reports a button without a name and a picture without a text', async ({ page }) => {
  await openHome(page);
  await page.evaluate(() => {
    const holder = document.createElement('div');
    holder.innerHTML = '<button type="button"></button><img src="/icon.svg">';
    document.querySelector('[data-testid="home"]')!.append(holder);
  });
  const scan = expectNoAxeViolations(page, 'Home with two faults');
  await expect(scan).rejects.toThrow(/button-name \(critical\)/);
  await expect(scan).rejects.toThrow(/image-alt \(critical\)/);
});
