// A physical keyboard or a switch device (Tab and Enter) reaches search and a document from Home, with the focus always
// visible; dialogs take the focus and give it back.
import { type Page } from '@playwright/test';
import { expect, test } from './fixtures/terminal.ts';
import { openHome } from './fixtures/kiosk.ts';

/** Presses Tab until `target` has the focus (at most `limit` times), checking each stop shows a focus ring. */
async function tabTo(page: Page, target: string, limit = 40) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const state = await page.evaluate((selector) => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return { here: false, ring: true };
      const style = getComputedStyle(el);
      return { here: el.matches(selector), ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
    }, target);
    expect(state.ring, `focus ring at Tab stop ${i + 1}`).toBe(true);
    if (state.here) return;
  }
  throw new Error(`${target} not reached in ${limit} Tab presses`);
}

test('Tab and Enter: from Home to a search, its first result and back', async ({ page }) => {
  await openHome(page);
  await tabTo(page, '[data-testid="home-search"]');
  await page.keyboard.press('Enter');
  const input = page.getByTestId('search-input');
  await expect(input).toBeFocused();
  await page.keyboard.insertText('财政');
  await expect(page.getByTestId('result-item').first()).toBeVisible();
  await tabTo(page, '[data-testid="result-item"]', 80);
  const id = await page.evaluate(() => document.activeElement!.getAttribute('data-id'));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('doc-viewer')).toHaveAttribute('data-id', id!);
});

test('the help dialog takes the focus, keeps it inside, and gives it back to its button', async ({ page }) => {
  await openHome(page);
  await tabTo(page, '[data-testid="help-button"]');
  await page.keyboard.press('Enter');
  const dialog = page.getByTestId('help-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button')).toBeFocused();
  await page.keyboard.press('Tab');
  expect(
    await page.evaluate(
      () =>
        !!document.activeElement?.closest('[data-testid="help-dialog"]') || document.activeElement === document.body,
    ),
  ).toBe(true);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('help-button')).toBeFocused();
});

test('the print dialog takes the focus and leaves the screen behind it out of reach', async ({ page }) => {
  await openHome(page);
  await page.evaluate(() => (location.hash = '#/doc/yx-2026-czj-006'));
  await page.getByTestId('print-button').focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByTestId('print-dialog');
  await expect(dialog).toHaveAttribute('data-state', 'choose', { timeout: 60_000 });
  for (let i = 0; i < 15; i++) {
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(
        () =>
          !document.activeElement ||
          document.activeElement === document.body ||
          !!document.activeElement.closest('[data-testid="print-dialog"]'),
      ),
    ).toBe(true);
  }
  await dialog.getByRole('button', { name: '不打印了' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('print-button')).toBeFocused();
});
