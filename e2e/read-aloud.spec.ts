// "朗读" reads a document's own text (a web page's body, a PDF page's text layer) and result lists in Mandarin, and
// stops when the resident leaves; without a Mandarin voice the button is not there at all.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { go, spoken, stubSpeech } from './fixtures/a11y.ts';
import { openHome, readDemo } from './fixtures/kiosk.ts';

const { catalogue } = readDemo();
const demoText = (id: string) => readFileSync(join(import.meta.dirname, '../public/demo-package', catalogue.documents.find((d) => d.id === id)!.textPath), 'utf8');
const squash = (s: string) => s.replace(/\s+/g, '');

test.describe('with a Mandarin voice', () => {
  test.beforeEach(({ page }) => stubSpeech(page, [{ lang: 'en-US', name: 'English' }, { lang: 'zh-CN', name: 'Mandarin' }]));

  test('a web page document is read from its text, sentence by sentence, in zh-CN', async ({ page }) => {
    await openHome(page);
    await go(page, '#/doc/yx-2026-jyj-014');
    await expect(page.getByTestId('html-document')).toBeVisible();
    await page.getByTestId('read-aloud-start').click();
    await expect.poll(async () => (await spoken(page)).length).toBeGreaterThan(3);
    const said = await spoken(page);
    expect(said.every((u) => u.lang === 'zh-CN')).toBe(true);
    // Everything the page shows, in order, and the document's text as packaged is part of it.
    // The last sentence spoken, the reader goes back to its start button.
    await expect(page.getByTestId('read-aloud-start')).toBeVisible({ timeout: 30_000 });
    const heard = squash((await spoken(page)).map((u) => u.text).join(''));
    const shown = squash(await page.frameLocator('[data-testid="html-document"]').locator('body').innerText());
    expect(heard).toBe(shown);
    expect(heard).toContain(squash(demoText('yx-2026-jyj-014')).slice(0, 40));
  });

  test('a PDF is read from the text layer of the page in view', async ({ page }) => {
    await openHome(page);
    await go(page, '#/doc/yx-2026-czj-006');
    await expect(page.locator('[data-testid="doc-page"][data-rendered="true"]').first()).toBeVisible({ timeout: 60_000 });
    await expect.poll(() => page.locator('.textLayer span').count(), { timeout: 30_000 }).toBeGreaterThan(5);
    await page.getByTestId('read-aloud-start').click();
    await expect.poll(async () => (await spoken(page)).length).toBeGreaterThan(0);
    const layer = squash((await page.locator('.textLayer').textContent()) ?? '');
    expect(layer.length).toBeGreaterThan(20);
    expect(layer).toContain(squash((await spoken(page))[0]!.text));
  });

  test('a result list is read as its count and numbered titles', async ({ page }) => {
    await openHome(page);
    await go(page, `#/search?q=${encodeURIComponent('财政')}`);
    const results = page.getByTestId('search-results');
    await expect(page.getByTestId('result-item').first()).toBeVisible();
    const count = await results.getAttribute('data-count');
    await results.getByTestId('read-aloud-start').click();
    await expect.poll(async () => (await spoken(page)).length).toBeGreaterThan(1);
    const said = await spoken(page);
    expect(said[0]!.text).toBe(`找到 ${count} 份文件。`);
    const firstId = await page.getByTestId('result-item').first().getAttribute('data-id');
    expect(said[1]!.text).toContain(catalogue.documents.find((d) => d.id === firstId)!.title.slice(0, 10));
  });

  test('pause, go on and stop; leaving the document stops the voice', async ({ page }) => {
    // Utterances here never end by themselves, so the reading is still going when the resident acts.
    await page.addInitScript(() => {
      const w = window as unknown as { __cancels: number };
      w.__cancels = 0;
      speechSynthesis.speak = () => undefined;
      speechSynthesis.cancel = () => void w.__cancels++;
    });
    await openHome(page);
    await go(page, '#/doc/yx-2026-jyj-014');
    await expect(page.getByTestId('html-document')).toBeVisible();
    const reader = page.getByTestId('read-aloud').first();
    await page.getByTestId('read-aloud-start').click();
    await expect(reader).toHaveAttribute('data-state', 'speaking');
    await expect(page.getByTestId('read-aloud-sentence')).not.toBeEmpty();
    await page.getByTestId('read-aloud-pause').click();
    await expect(reader).toHaveAttribute('data-state', 'paused');
    await page.getByTestId('read-aloud-resume').click();
    await expect(reader).toHaveAttribute('data-state', 'speaking');
    await page.getByTestId('read-aloud-stop').click();
    await expect(reader).toHaveAttribute('data-state', 'idle');
    await page.getByTestId('read-aloud-start').click();
    const cancels = await page.evaluate(() => (window as unknown as { __cancels: number }).__cancels);
    await page.getByRole('button', { name: /返回/ }).click();
    await expect(page.getByTestId('home')).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __cancels: number }).__cancels)).toBeGreaterThan(cancels);
  });
});

test('without a Mandarin voice there is no read-aloud button', async ({ page }) => {
  await stubSpeech(page, [{ lang: 'en-US', name: 'English' }, { lang: 'zh-HK', name: 'Cantonese' }]);
  await openHome(page);
  await go(page, '#/doc/yx-2026-jyj-014');
  await expect(page.getByTestId('html-document')).toBeVisible();
  await expect(page.getByTestId('read-aloud-start')).toHaveCount(0);
  await go(page, `#/search?q=${encodeURIComponent('财政')}`);
  await expect(page.getByTestId('result-item').first()).toBeVisible();
  await expect(page.getByTestId('read-aloud-start')).toHaveCount(0);
});
