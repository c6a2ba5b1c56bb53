// The language switch on Home turns every interface string to English, dates and numbers included, and back to Chinese;
// only the documents' own words (titles, publishers, the site's name, marked lang="zh-CN") stay Chinese.
import { type Page } from '@playwright/test';
import { expect, test } from './fixtures/terminal.ts';
import { go } from './fixtures/a11y.ts';
import { openHome } from './fixtures/kiosk.ts';

/** Visible text with Chinese characters that is not marked as the package's own (zh-CN) words. */
function chineseInterfaceText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      if (!/\p{Script=Han}/u.test(text)) continue;
      const parent = node.parentElement!;
      if (parent.closest('[lang="zh-CN"], [aria-hidden="true"], .textLayer, script, style')) continue;
      const box = parent.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      found.push(text.trim());
    }
    // Accessible names set in attributes count too.
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
      if (el.closest('[lang="zh-CN"]')) continue;
      for (const attr of ['aria-label', 'title', 'placeholder']) {
        const value = el.getAttribute(attr);
        if (value && /\p{Script=Han}/u.test(value) && !(attr === 'title' && el.tagName === 'IFRAME'))
          found.push(`${attr}=${value}`);
      }
    }
    return found;
  });
}

test('English and back: every interface string changes, dates follow the locale', async ({ page }) => {
  await openHome(page);
  const version = page.getByTestId('content-version');
  await expect(version).toContainText(/\d{4}年\d{1,2}月\d{1,2}日/);
  await page.getByTestId('language-switch').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(version).toContainText(
    /(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}/,
  );
  await expect(version).not.toContainText('年');
  // The switch back is written in Chinese on purpose, for a Chinese reader to find; it carries lang="zh-CN".
  await expect(page.getByTestId('language-switch')).toHaveAttribute('lang', 'zh-CN');
  expect(await chineseInterfaceText(page), 'Home').toEqual([]);

  await page.getByTestId('home-search').click();
  await expect(page.getByTestId('keyboard')).toBeVisible();
  expect(await chineseInterfaceText(page), 'search, nothing typed').toEqual([]);
  await go(page, `#/search?q=${encodeURIComponent('财政')}`);
  await expect(page.getByTestId('result-item').first()).toBeVisible();
  // The query is the resident's own words, quoted back.
  expect(
    (await chineseInterfaceText(page)).filter((s) => !s.includes('财政')),
    'search results',
  ).toEqual([]);
  // Filter chips: publishers, genres and domain names are the package's words; years and "still valid?" are ours.
  await go(page, '#/browse?domain=budgets-final-accounts');
  await expect(page.locator('[data-testid="facet"][data-facet="publisher"]').first()).toBeVisible();
  await expect(page.locator('[data-testid="facet"][data-facet="year"]').first()).not.toContainText('年');
  expect(await chineseInterfaceText(page), 'browse with its filters').toEqual([]);
  await go(page, '#/doc/yx-2026-czj-006');
  await expect(page.locator('[data-testid="doc-page"][data-rendered="true"]').first()).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('doc-viewer')).toContainText(/Published|In force|Publisher/);
  expect(await chineseInterfaceText(page), 'a document').toEqual([]);

  await go(page, '#/');
  await page.getByTestId('language-switch').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(version).toContainText(/\d{4}年\d{1,2}月\d{1,2}日/);
  await expect(page.getByTestId('language-switch')).toHaveText(/English/);
});
