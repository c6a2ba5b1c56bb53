// "朗读" reads a document's own text (a web page's body, a PDF page's text layer) and result lists in Mandarin, marks
// the sentence being read inside the document and keeps it in view, and stops when the resident leaves; without a
// Mandarin voice the button is not there at all.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Page } from '@playwright/test';
import { browserMajor } from './fixtures/browser.ts';
import { expect, test } from './fixtures/terminal.ts';
import { finishUtterance, go, heldTexts, holdUtterances, spoken, stubSpeech } from './fixtures/a11y.ts';
import { openHome, readDemo } from './fixtures/kiosk.ts';

/** The in-document mark needs the Custom Highlight API (Chromium 105); below it the sentence line alone shows. */
function skipWithoutHighlights(page: Page) {
  test.skip(browserMajor(page) < 105, 'no Custom Highlight API below Chromium 105: no mark inside the document');
}

const { catalogue } = readDemo();
const demoText = (id: string) =>
  readFileSync(
    join(import.meta.dirname, '../public/demo-package', catalogue.documents.find((d) => d.id === id)!.textPath),
    'utf8',
  );
const squash = (s: string) => s.replace(/\s+/g, '');

interface Mark {
  text: string;
  /** Inside the PDF's text layer (both ends of the range). */
  inTextLayer: boolean;
  /** Wholly inside what the reader sees: the web page frame's window, or the PDF's frame. */
  inView: boolean;
}

/**
 * The `read-aloud` highlight of the kiosk's own window (`page`) or of the web page document's frame (`frame`), as
 * the text it covers with whitespace removed and where it lies; null when nothing is marked there.
 */
function readMark(page: Page, where: 'page' | 'frame'): Promise<Mark | null> {
  return page.evaluate((where) => {
    const frame = document.querySelector<HTMLIFrameElement>('[data-testid="html-document"]');
    const win = (where === 'frame' ? frame!.contentWindow! : window) as typeof window;
    const ranges = [...(win.CSS.highlights.get('read-aloud') ?? [])] as Range[];
    if (ranges.length === 0) return null;
    const box = ranges[0]!.getBoundingClientRect();
    const layer = document.querySelector('.textLayer');
    const view =
      where === 'frame'
        ? { top: 0, bottom: win.innerHeight }
        : document.querySelector('[data-testid="pdf-frame"]')!.getBoundingClientRect();
    return {
      text: ranges
        .map((r) => r.toString())
        .join('')
        .replace(/\s+/g, ''),
      inTextLayer: ranges.every((r) => !!layer?.contains(r.startContainer) && layer.contains(r.endContainer)),
      inView: box.height > 0 && box.top >= view.top && box.bottom <= view.bottom,
    };
  }, where);
}

/** The sentence the voice is saying and the line under the button shows, whitespace removed, once both agree. */
async function sentenceNow(page: Page): Promise<string> {
  const said = squash((await heldTexts(page)).at(-1) ?? '');
  expect(said).not.toBe('');
  await expect
    .poll(async () => squash((await page.getByTestId('read-aloud-sentence').locator('mark').textContent()) ?? ''))
    .toBe(said);
  return said;
}

test.describe('with a Mandarin voice', () => {
  test.beforeEach(({ page }) =>
    stubSpeech(page, [
      { lang: 'en-US', name: 'English' },
      { lang: 'zh-CN', name: 'Mandarin' },
    ]),
  );

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
    await expect(page.locator('[data-testid="doc-page"][data-rendered="true"]').first()).toBeVisible({
      timeout: 60_000,
    });
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

  test('a web page marks the sentence being read in its own frame, follows the voice, keeps it in view and unmarks on stop', async ({
    page,
  }) => {
    skipWithoutHighlights(page);
    await holdUtterances(page);
    await openHome(page);
    await go(page, '#/doc/yx-2026-jyj-014');
    await expect(page.getByTestId('html-document')).toBeVisible();
    await page.getByTestId('read-aloud-start').click();
    const reader = page.getByTestId('read-aloud').first();
    await expect(reader).toHaveAttribute('data-state', 'speaking');
    const first = await sentenceNow(page);
    await expect.poll(() => readMark(page, 'frame')).toEqual({ text: first, inTextLayer: false, inView: true });
    // The kiosk's own window marks nothing: the page's words are in the frame.
    expect(await readMark(page, 'page')).toBeNull();
    await page.getByTestId('read-aloud-pause').click();
    await expect(reader).toHaveAttribute('data-state', 'paused');
    expect((await readMark(page, 'frame'))?.text).toBe(first);
    await page.getByTestId('read-aloud-resume').click();

    // Sentence by sentence to near the end, which lies below the frame's fold: the mark follows and stays in view.
    const frameWindow = () =>
      page.evaluate(() => {
        const win = document.querySelector<HTMLIFrameElement>('[data-testid="html-document"]')!.contentWindow!;
        return {
          height: win.innerHeight,
          scrollHeight: win.document.documentElement.scrollHeight,
          scrollY: win.scrollY,
        };
      });
    const { height, scrollHeight } = await frameWindow();
    expect(scrollHeight, 'the document is longer than its frame').toBeGreaterThan(height * 1.2);
    for (let i = 0; i < 12; i++) {
      await finishUtterance(page);
      const said = await sentenceNow(page);
      await expect.poll(() => readMark(page, 'frame')).toEqual({ text: said, inTextLayer: false, inView: true });
    }
    expect((await frameWindow()).scrollY, 'the frame scrolled to the sentence').toBeGreaterThan(0);
    expect(await page.evaluate(() => document.scrollingElement!.scrollTop), 'the kiosk around it stays put').toBe(0);

    await page.getByTestId('read-aloud-stop').click();
    await expect(reader).toHaveAttribute('data-state', 'idle');
    await expect.poll(() => readMark(page, 'frame')).toBeNull();
  });

  test('a PDF marks the sentence in the text layer of the page in view, pans to it, and unmarks at the end', async ({
    page,
  }) => {
    skipWithoutHighlights(page);
    await holdUtterances(page);
    await openHome(page);
    await go(page, '#/doc/yx-2026-czj-006');
    await expect(page.locator('[data-testid="doc-page"][data-rendered="true"]').first()).toBeVisible({
      timeout: 60_000,
    });
    await expect.poll(() => page.locator('.textLayer span').count(), { timeout: 30_000 }).toBeGreaterThan(5);
    const pageBox = (await page.getByTestId('doc-page').first().boundingBox())!;
    const frameBox = (await page.getByTestId('pdf-frame').boundingBox())!;
    expect(pageBox.height, 'the page at width fit is taller than its frame').toBeGreaterThan(frameBox.height);
    await page.getByTestId('read-aloud-start').click();
    const reader = page.getByTestId('read-aloud').first();
    await expect(reader).toHaveAttribute('data-state', 'speaking');
    // Every sentence to the last, which sits at the foot of the page: each is marked over the print and brought into view.
    let marked = 0;
    for (;;) {
      const said = await sentenceNow(page);
      await expect.poll(() => readMark(page, 'page')).toEqual({ text: said, inTextLayer: true, inView: true });
      marked++;
      const count = (await heldTexts(page)).length;
      await finishUtterance(page);
      // The next sentence goes to the voice at once as one ends; none means that was the last.
      if ((await heldTexts(page)).length === count) break;
    }
    await expect(reader).toHaveAttribute('data-state', 'idle');
    expect(marked).toBeGreaterThan(5);
    expect(await page.evaluate(() => document.scrollingElement!.scrollTop), 'the kiosk around the page stays put').toBe(
      0,
    );
    await expect.poll(() => readMark(page, 'page')).toBeNull();
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
  await stubSpeech(page, [
    { lang: 'en-US', name: 'English' },
    { lang: 'zh-HK', name: 'Cantonese' },
  ]);
  await openHome(page);
  await go(page, '#/doc/yx-2026-jyj-014');
  await expect(page.getByTestId('html-document')).toBeVisible();
  await expect(page.getByTestId('read-aloud-start')).toHaveCount(0);
  await go(page, `#/search?q=${encodeURIComponent('财政')}`);
  await expect(page.getByTestId('result-item').first()).toBeVisible();
  await expect(page.getByTestId('read-aloud-start')).toHaveCount(0);
});
