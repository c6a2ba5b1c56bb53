// A resident with no keyboard skills finds a document by touch: pinyin initials, digits, a candidate word, a common
// term, and a helpful screen when nothing matches; online and with the network gone.
import { type Page } from '@playwright/test';
import { expect, test } from './fixtures/terminal.ts';
import { openHome, readDemo } from './fixtures/kiosk.ts';
import { naiveMatches, openHomeOffline, resultIds, tapKeys } from './fixtures/search.ts';

const { catalogue } = readDemo();
test.use({ hasTouch: true });

/** From Home, its search button: the search screen with nothing typed. */
async function openSearch(page: Page) {
  await page.getByTestId('home-search').tap();
  await expect(page).toHaveURL(/#\/search$/);
  await expect(page.getByTestId('search-results')).toHaveAttribute('data-count', '0');
}

/** What a resident does on the search screen, from an empty query: each one test online, all in turn offline. */
const searches: { name: string; run: (page: Page) => Promise<void> }[] = [
  {
    name: 'typing "2024 czys" on the keyboard finds the 2024 财政预算 documents, title matches first and marked',
    async run(page) {
      const expected = catalogue.documents
        .filter((d) => d.title.includes('2024') && d.title.includes('财政预算'))
        .map((d) => d.id);
      expect(expected.length).toBe(3);
      await tapKeys(page, [...'2024', 'space', ...'czys']);
      const results = page.getByTestId('search-results');
      await expect(results).toHaveAttribute('data-query', '2024 czys');
      // What a resident types is kept off the URL, so the browser's history never holds it (an ID number, a name).
      await expect(page).toHaveURL(/#\/search$/);
      await expect(page.getByTestId('search-input')).toHaveValue('2024 czys');
      expect(Number(await results.getAttribute('data-count'))).toBeGreaterThanOrEqual(3);
      expect((await resultIds(page)).slice(0, 3).sort()).toEqual(expected.sort());
      await expect(page.getByTestId('result-item').first().locator('mark').first()).toBeVisible();
    },
  },
  {
    name: 'the digits of a 文号 find its document first, with exactly the documents that hold them',
    async run(page) {
      const doc = catalogue.documents.find((d) => d.docNo.endsWith('77号'))!;
      await tapKeys(page, ['7', '7']);
      const results = page.getByTestId('search-results');
      await expect(results).toHaveAttribute('data-query', '77');
      await expect(results).toHaveAttribute('data-count', String(naiveMatches('77').length));
      expect((await resultIds(page))[0]).toBe(doc.id);
      // Backspace and clear act on the query the resident sees.
      await tapKeys(page, ['backspace']);
      await expect(results).toHaveAttribute('data-query', '7');
      await tapKeys(page, ['clear']);
      await expect(results).toHaveAttribute('data-query', '');
    },
  },
  {
    name: 'a candidate word turns typed initials into Chinese and finds the document',
    async run(page) {
      const doc = catalogue.documents.find((d) => d.title.includes('政务公开'))!;
      await tapKeys(page, [...'zwgk']);
      await page
        .getByTestId('candidate')
        .filter({ hasText: /^政务公开$/ })
        .tap();
      const results = page.getByTestId('search-results');
      await expect(results).toHaveAttribute('data-query', '政务公开');
      await expect(page.getByTestId('search-input')).toHaveValue('政务公开');
      await expect(results).toHaveAttribute('data-count', String(naiveMatches('政务公开').length));
      expect((await resultIds(page))[0]).toBe(doc.id);
      await page.getByTestId('result-item').first().tap();
      await expect(page.getByTestId('doc-viewer')).toHaveAttribute('data-id', doc.id);
      // Back finds the search as the resident left it, though the query was never in the URL.
      await page.getByRole('button', { name: '返回' }).tap();
      await expect(results).toHaveAttribute('data-query', '政务公开');
      await expect(page).toHaveURL(/#\/search$/);
    },
  },
  {
    name: 'a common term chip searches for it without any typing',
    async run(page) {
      const chip = page.getByTestId('common-term').first();
      const term = (await chip.getAttribute('data-term'))!;
      await chip.tap();
      const results = page.getByTestId('search-results');
      await expect(results).toHaveAttribute('data-query', term);
      const expected = naiveMatches(term);
      expect(expected.length).toBeGreaterThan(0);
      await expect(results).toHaveAttribute('data-count', String(expected.length));
    },
  },
  {
    name: 'a query that finds nothing offers the nearest-sounding word and the domains to browse',
    async run(page) {
      // 政务公卡: a slip for 政务公开; every character occurs in the catalogue, the four never together.
      await page.evaluate(() => (location.hash = '#/search?q=政务公卡'));
      const results = page.getByTestId('search-results');
      await expect(results).toHaveAttribute('data-query', '政务公卡');
      await expect(results).toHaveAttribute('data-count', '0');
      await expect(results).toContainText('没有找到');
      await expect(results.locator('[data-domain-link]')).toHaveCount(catalogue.domains.length + 1);
      await page
        .getByTestId('suggestion')
        .filter({ hasText: /^政务公开$/ })
        .tap();
      await expect(results).toHaveAttribute('data-query', '政务公开');
      await expect(results).toHaveAttribute('data-count', String(naiveMatches('政务公开').length));
    },
  },
];

test.describe('online', () => {
  for (const search of searches)
    test(search.name, async ({ page }) => {
      await openHome(page);
      await openSearch(page);
      await search.run(page);
    });
});

test.describe('offline', () => {
  // Offline needs the service worker's precache. Search itself never touches the network; what going offline tests is
  // that every piece it loads on demand (the screen, keyboard, candidates, suggestions, a document) comes from the
  // cache: one session does them all, rather than one cache install for each.
  test.use({ serviceWorkers: 'allow' });
  test('with the network gone, each of the searches above works in one session', async ({ page, context }) => {
    await openHomeOffline(page, context);
    await openSearch(page);
    for (const search of searches) {
      await test.step(search.name, () => search.run(page));
      await tapKeys(page, ['clear']);
      await expect(page.getByTestId('search-results')).toHaveAttribute('data-query', '');
    }
  });
});

test('a physical keyboard types into the same field', async ({ page }) => {
  await openHome(page);
  await page.goto('/#/search');
  await page.getByTestId('search-input').pressSequentially('77号');
  await expect(page.getByTestId('search-results')).toHaveAttribute('data-query', '77号');
  await expect(page.getByTestId('search-results')).toHaveAttribute('data-count', String(naiveMatches('77号').length));
});

test('search data of an older format (an app update changed it) is built again from the stored texts, and search works', async ({
  page,
}) => {
  await openHome(page);
  const version = Number(await page.getByTestId('content-version').getAttribute('data-version'));
  // Replace the stored search data by something this app cannot read, as an older app's format would be.
  await page.evaluate(
    (v) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('chayue');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('searchIndexes', 'readwrite');
          tx.objectStore('searchIndexes').put({ version: v, data: { format: 'chayue-search/0' } });
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    version,
  );
  // A fresh start, so nothing read before the change is still in memory.
  await page.goto('/#/search?q=77号');
  await page.reload();
  const results = page.getByTestId('search-results');
  await expect(results).toHaveAttribute('data-count', String(naiveMatches('77号').length));
  // And it was stored: the next start reads it instead of building it again.
  const stored = await page.evaluate(
    (v) =>
      new Promise<string>((resolve) => {
        const open = indexedDB.open('chayue');
        open.onsuccess = () => {
          const get = open.result.transaction('searchIndexes').objectStore('searchIndexes').get(v);
          get.onsuccess = () => (
            open.result.close(),
            resolve((get.result as { data: { format: string } }).data.format)
          );
        };
      }),
    version,
  );
  expect(stored).toBe('chayue-search/1');
});
