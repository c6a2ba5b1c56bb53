// Every screen on every screen shape reading points have (portrait 立式 1080×1920, 1920×1080, 1366×768, 1280×1024, 4K at
// scale 2), in normal, 大字 and high-contrast modes, zh-CN and en: findings per screen, screenshots as artifacts.
// SCREEN_WALK=1 npx playwright test --project=screen-walk walks all 30 (about 4 minutes); npm test walks three.
import { expect, test } from './fixtures/terminal.ts';
import { go, MODES, switchMode, type Mode } from './fixtures/a11y.ts';
import { STAFF_PIN } from './fixtures/admin.ts';
import { ATTENDANT_PIN } from './fixtures/print.ts';
import { longestDemoPdf, openHome, readDemo } from './fixtures/kiosk.ts';
import { checkScreen, type ScreenFindings } from './fixtures/screen-check.ts';
import type { Page } from '@playwright/test';

const longDoc = longestDemoPdf(readDemo().catalogue);
const SHAPES = [
  { name: 'portrait 1080x1920', width: 1080, height: 1920, scale: 1 },
  { name: '1920x1080', width: 1920, height: 1080, scale: 1 },
  { name: '1366x768', width: 1366, height: 768, scale: 1 },
  { name: '1280x1024', width: 1280, height: 1024, scale: 1 },
  { name: '4K at scale 2', width: 1920, height: 1080, scale: 2 },
];

const REPRESENTATIVE = new Set(['portrait 1080x1920 elder zh-CN', '1366x768 contrast en', '1280x1024 elder en']);

/** The screens a resident and an attendant pass through, each with the controls they need on it. */
async function walk(
  page: Page,
  shot: (where: string) => Promise<void>,
  report: (where: string, f: ScreenFindings) => void,
  elder: boolean,
) {
  const check = async (where: string, needed: ReturnType<Page['getByTestId']>[]) => {
    await shot(where);
    report(where, await checkScreen(page, needed, elder));
  };
  await check('Home', [page.getByTestId('home-search'), page.getByTestId('elder-switch')]);
  await go(page, `#/search?q=${encodeURIComponent('财政')}`);
  await expect(page.getByTestId('result-item').first()).toBeVisible();
  const key = (k: string) => page.getByTestId('keyboard').locator(`[data-key="${k}"]`);
  await check('search', [
    page.getByTestId('search-input'),
    key('clear'),
    key('space'),
    key('backspace'),
    page.getByTestId('result-item').first(),
  ]);
  await go(page, '#/browse?domain=budgets-final-accounts');
  await expect(page.getByTestId('result-item').first()).toBeVisible();
  await check('browse', [page.getByTestId('result-item').first()]);
  await go(page, `#/doc/${longDoc.id}`);
  await expect(page.locator('[data-testid="doc-page"][data-rendered="true"]').first()).toBeVisible({ timeout: 60_000 });
  const pager = page.getByRole('navigation').last();
  await check('document', [
    page.getByTestId('print-button'),
    pager.getByRole('button').first(),
    pager.getByRole('button').last(),
    page.getByTestId('page-indicator'),
  ]);
  // A short value of the catalogue entry (索引号, a date) on one line: in two narrow columns they broke mid-value.
  const brokenValues = await page
    .getByTestId('doc-fields')
    .locator('dd')
    .evaluateAll((dds) =>
      dds
        .filter((dd) => (dd.textContent ?? '').length <= 24)
        .filter((dd) => dd.getBoundingClientRect().height > 1.5 * parseFloat(getComputedStyle(dd).lineHeight))
        .map((dd) => `"${dd.textContent}" breaks over lines`),
    );
  report('document entry', { sideways: [], tiny: [], small: [], offScreen: brokenValues });
  const frame = (await page.getByTestId('pdf-frame').boundingBox())!;
  report('document reading area', {
    sideways: [],
    tiny: [],
    small: [],
    offScreen:
      frame.height < page.viewportSize()!.height * 0.5
        ? [`the reading area is ${Math.round(frame.height)} px tall`]
        : [],
  });
  await page.getByTestId('print-button').click();
  await expect(page.getByTestId('print-dialog')).toHaveAttribute('data-state', 'choose');
  await check('print dialog', [page.getByTestId('print-confirm')]);
  await page.getByTestId('print-dialog').locator('[data-choice="all"]').click();
  await page
    .getByTestId('print-dialog')
    .getByRole('button')
    .filter({ hasText: /打印更多|print more/ })
    .click();
  await check('print dialog PIN pad', [page.getByTestId('pin-pad').getByRole('button').last()]);
  await logSomePrints(page);
  await go(page, '#/attendant');
  await expect(page.getByTestId('pin-pad')).toBeVisible();
  await check('attendant PIN pad', [page.getByTestId('pin-pad').getByRole('button').last()]);
  await typePin(page, ATTENDANT_PIN);
  const log = page.getByTestId('print-log');
  await expect(log).toBeVisible();
  await check('attendant desk', [log.getByRole('button').first(), page.getByTestId('attendant-filter')]);
  await go(page, '#/admin');
  await check('staff PIN pad', [page.getByTestId('pin-pad').getByRole('button').last()]);
  await typePin(page, STAFF_PIN);
  await expect(page.getByTestId('admin-console')).toBeVisible();
  await check('staff console', []);
  await go(page, '#/board');
  await check('board', []);
}

/** Typed here, not with enterPin: its 确定 is the Chinese label, and the walk runs in English too. */
async function typePin(page: Page, pin: string) {
  const pad = page.getByTestId('pin-pad');
  for (const digit of pin) await pad.getByRole('button', { name: digit, exact: true }).click();
  await pad.getByRole('button').last().click();
}

/** A morning's print log, one job that did not print among them, so the desk shows its table as it is used. */
async function logSomePrints(page: Page) {
  await page.evaluate(
    ([docId, indexNo]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('chayue');
        open.onsuccess = () => {
          const tx = open.result.transaction('printLog', 'readwrite');
          const time = new Date().toISOString();
          const job = { time, docId, indexNo, pageCount: 3, copies: 1, role: 'resident' };
          tx.objectStore('printLog').add({ ...job, pages: '1-3', outcome: 'completed', cupsJobs: [12] });
          tx.objectStore('printLog').add({ ...job, pages: '4-6', outcome: 'failed', cupsJobs: [13] });
          tx.objectStore('printLog').add({ ...job, pages: '12', pageCount: 1, copies: 5, role: 'attendant' });
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    [longDoc.id, longDoc.indexNo],
  );
}

for (const shape of SHAPES) {
  test.describe(shape.name, () => {
    test.use({
      viewport: { width: shape.width, height: shape.height },
      deviceScaleFactor: shape.scale,
      hasTouch: true,
    });
    for (const mode of MODES as Mode[]) {
      for (const language of ['zh-CN', 'en']) {
        // npm test walks three, in the chromium project's workers (no first start of their own): three shapes, both
        // languages, both large modes. SCREEN_WALK=1 walks all.
        if (!process.env.SCREEN_WALK && !REPRESENTATIVE.has(`${shape.name} ${mode} ${language}`)) continue;
        test(`${mode}, ${language}`, async ({ page }) => {
          test.setTimeout(240_000);
          await openHome(page);
          await switchMode(page, mode);
          if (language === 'en') await page.getByTestId('language-switch').click();
          const found: string[] = [];
          await walk(
            page,
            (where) => page.screenshot({ path: test.info().outputPath(`${where}.png`) }).then(() => undefined),
            (where, f) => {
              for (const [kind, list] of Object.entries(f))
                for (const item of list as string[]) found.push(`${where}: ${kind}: ${item}`);
            },
            mode !== 'normal',
          );
          expect(found).toEqual([]);
        });
      }
    }
  });
}
