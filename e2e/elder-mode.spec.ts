// 适老化 mode: one switch makes every text ≥ 24 px with line spacing ≥ 1.3 and every target ≥ 64 px on every screen,
// gives more time, and lasts only for the session: the idle wipe puts the config's defaults back.
import { type Page } from '@playwright/test';
import { expect, test } from './fixtures/terminal.ts';
import { go, switchMode, throughStaffScreens } from './fixtures/a11y.ts';
import { routeSiteConfig } from './fixtures/admin.ts';
import { openHome } from './fixtures/kiosk.ts';

test.describe.configure({ timeout: 180_000 });

interface Measured {
  small: string[];
  tight: string[];
  tiny: string[];
  bodyText: number;
}

/** Every visible text and control a resident can see or tap, outside documents' own pages and hidden layers. */
function measure(page: Page): Promise<Measured> {
  return page.evaluate(() => {
    const shown = (el: Element) => {
      if (el.closest('[aria-hidden="true"], .textLayer, [inert]')) return false;
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return (
        box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && box.bottom > 0 && box.top < innerHeight
      );
    };
    const name = (el: Element) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 20)}"`;
    const small: string[] = [];
    const tight: string[] = [];
    for (const el of document.querySelectorAll('body *')) {
      const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
      if (!ownText || !shown(el)) continue;
      const style = getComputedStyle(el);
      const size = parseFloat(style.fontSize);
      if (size < 24) small.push(`${name(el)} ${size}px`);
      const line = style.lineHeight === 'normal' ? 1.2 * size : parseFloat(style.lineHeight);
      if (line / size < 1.3 - 1e-6) tight.push(`${name(el)} ${(line / size).toFixed(2)}`);
    }
    const tiny: string[] = [];
    for (const el of document.querySelectorAll('a[href], button, input, [role="switch"], [role="radio"]')) {
      if (!shown(el)) continue;
      const box = el.getBoundingClientRect();
      if (box.width < 64 || box.height < 64)
        tiny.push(`${name(el)} ${Math.round(box.width)}×${Math.round(box.height)}`);
    }
    return { small, tight, tiny, bodyText: parseFloat(getComputedStyle(document.body).fontSize) };
  });
}

async function expectElderSized(page: Page, where: string) {
  const found = await measure(page);
  expect(found.small, `text under 24 px on ${where}`).toEqual([]);
  expect(found.tight, `line spacing under 1.3 on ${where}`).toEqual([]);
  expect(found.tiny, `targets under 64 px on ${where}`).toEqual([]);
}

test("the switch makes text and targets larger on every screen, a resident's or staff's", async ({ page }) => {
  await openHome(page);
  const before = await measure(page);
  expect(before.bodyText).toBeLessThan(24);
  const switchBox = (await page.getByTestId('elder-switch').boundingBox())!;
  await switchMode(page, 'elder');
  await expect(page.getByTestId('elder-switch')).toHaveAttribute('aria-checked', 'true');
  expect((await measure(page)).bodyText).toBeGreaterThanOrEqual(24);
  expect((await page.getByTestId('elder-switch').boundingBox())!.height).toBeGreaterThan(switchBox.height);
  await expectElderSized(page, 'Home');
  // Simpler: fewer of the newest documents on Home.
  await expect(page.getByTestId('home').getByTestId('result-item')).toHaveCount(3);

  await go(page, '#/browse?domain=budgets-final-accounts');
  await expect(page.getByTestId('result-item').first()).toBeVisible();
  await expectElderSized(page, 'browse');
  await go(page, `#/search?q=${encodeURIComponent('财政')}`);
  await expect(page.getByTestId('result-item').first()).toBeVisible();
  await expectElderSized(page, 'search');
  await go(page, '#/doc/yx-2026-czj-006');
  await expect(page.locator('[data-testid="doc-page"][data-rendered="true"]').first()).toBeVisible({ timeout: 60_000 });
  await expectElderSized(page, 'a document');
  // Staff screens are on the same terminal, often in front of the resident they help: they keep to the sizes too.
  await throughStaffScreens(page, (where) => expectElderSized(page, where));
  // The switch is in every screen's header, and turns the mode off again there.
  await page.getByRole('banner').getByTestId('elder-switch').click();
  await expect(page.locator('html')).not.toHaveAttribute('data-elder');
});

test('the mode, light-on-dark and English last for the session only: the idle wipe puts the defaults back', async ({
  page,
}) => {
  await page.clock.install();
  await openHome(page);
  await switchMode(page, 'contrast');
  await page.getByTestId('language-switch').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // In 适老化 mode the quiet spell is half as long again (180 s) and the countdown a minute: still nothing at 170 s.
  await page.clock.fastForward(170_000);
  await expect(page.getByTestId('idle-warning')).toHaveCount(0);
  await page.clock.fastForward(15_000);
  const warning = page.getByTestId('idle-warning');
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('seconds');
  // A minute's countdown, not the config's 30 s (the installed clock also runs on in real time while the test works).
  expect(Number(await warning.locator('p[aria-hidden]').textContent())).toBeGreaterThan(40);
  await page.clock.fastForward(60_000);
  await expect(page.getByTestId('board')).toBeVisible();
  const html = page.locator('html');
  await expect(html).not.toHaveAttribute('data-elder');
  await expect(html).not.toHaveAttribute('data-contrast');
  await expect(html).toHaveAttribute('lang', 'zh-CN');
  await page.getByTestId('board').click();
  await expect(page.getByTestId('elder-switch')).toHaveAttribute('aria-checked', 'false');
  await expect(page.getByTestId('home')).toContainText('欢迎查阅');
});

test.describe('when the config makes it the default', () => {
  test('the terminal starts in 适老化 mode with high contrast, and a wipe brings them back after a resident turned them off', async ({
    page,
    context,
  }) => {
    await routeSiteConfig(context, 'elder', { elderMode: true, highContrast: true });
    await page.clock.install();
    await openHome(page, '/?site=elder');
    const html = page.locator('html');
    await expect(html).toHaveAttribute('data-elder', '');
    await expect(html).toHaveAttribute('data-contrast', '');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(0, 0, 0)');
    await page.getByTestId('elder-switch').click();
    await page.getByTestId('contrast-switch').click();
    await expect(html).not.toHaveAttribute('data-elder');
    // The timer armed at start for 适老化 mode's 180 s; by then the resident's normal mode has run out too.
    await page.clock.fastForward(185_000);
    await expect(page.getByTestId('board')).toBeVisible();
    await expect(html).toHaveAttribute('data-elder', '');
    await expect(html).toHaveAttribute('data-contrast', '');
  });
});
