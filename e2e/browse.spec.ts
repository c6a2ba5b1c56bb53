// Browsing by facets: counts say what a tap will show, filters combine, the list stays newest first; offline too.
import { type BrowserContext, type Page } from '@playwright/test';
import { expect, test } from './fixtures/terminal.ts';
import type { CatalogueDocument } from '../src/shared/package-format.ts';
import { openHome, readDemo } from './fixtures/kiosk.ts';
import { openHomeOffline, resultIds } from './fixtures/search.ts';

const { catalogue } = readDemo();
test.use({ hasTouch: true });

const newestFirst = (docs: CatalogueDocument[]) =>
  [...docs]
    .sort((a, b) => b.publishDate.localeCompare(a.publishDate) || b.indexNo.localeCompare(a.indexNo))
    .map((d) => d.id);
const year = (d: CatalogueDocument) => d.publishDate.slice(0, 4);
const facet = (page: Page, name: string, value: string) =>
  page.locator(`[data-testid="facet"][data-facet="${name}"][data-value="${value}"]`);

async function open(page: Page, context: BrowserContext, offline: boolean) {
  if (offline) await openHomeOffline(page, context);
  else await openHome(page);
}

for (const offline of [false, true])
  test.describe(offline ? 'offline' : 'online', () => {
    // Offline needs the service worker's precache; online runs without it.
    test.use({ serviceWorkers: offline ? 'allow' : 'block' });
    test(`${offline ? 'offline: ' : ''}facets combine: a domain, then a year, with counts that follow`, async ({
      page,
      context,
    }) => {
      // The domain with most documents, and its year with most documents: both filters then narrow the list.
      const domains = catalogue.domains.map((d) => ({
        key: d.key,
        docs: catalogue.documents.filter((doc) => doc.domain === d.key),
      }));
      const domain = domains.sort((a, b) => b.docs.length - a.docs.length)[0]!;
      const years = [...new Set(domain.docs.map(year))];
      const chosenYear = years.sort(
        (a, b) => domain.docs.filter((d) => year(d) === b).length - domain.docs.filter((d) => year(d) === a).length,
      )[0]!;

      await open(page, context, offline);
      await page.getByRole('link', { name: '按机构、年份查看全部文件' }).tap();
      const results = page.getByTestId('search-results');
      await expect(results).toHaveAttribute('data-count', String(catalogue.documents.length));
      await expect(facet(page, 'domain', domain.key)).toHaveAttribute('data-count', String(domain.docs.length));

      await facet(page, 'domain', domain.key).tap();
      await expect(page).toHaveURL(new RegExp(`#/browse\\?domain=${domain.key}$`));
      await expect(results).toHaveAttribute('data-count', String(domain.docs.length));
      expect(await resultIds(page)).toEqual(newestFirst(domain.docs));
      // Within the domain, each year chip counts that domain's documents of the year.
      for (const y of years)
        await expect(facet(page, 'year', y)).toHaveAttribute(
          'data-count',
          String(domain.docs.filter((d) => year(d) === y).length),
        );

      await facet(page, 'year', chosenYear).tap();
      const both = domain.docs.filter((d) => year(d) === chosenYear);
      await expect(page).toHaveURL(new RegExp(`#/browse\\?domain=${domain.key}&year=${chosenYear}$`));
      await expect(results).toHaveAttribute('data-count', String(both.length));
      expect(await resultIds(page)).toEqual(newestFirst(both));
      await expect(facet(page, 'year', chosenYear)).toHaveAttribute('aria-pressed', 'true');
      // The domain chips now count that year's documents in each domain.
      for (const d of domains) {
        const n = d.docs.filter((doc) => year(doc) === chosenYear).length;
        if (n > 0) await expect(facet(page, 'domain', d.key)).toHaveAttribute('data-count', String(n));
      }

      // Tapping a chosen chip again drops that filter only.
      await facet(page, 'domain', domain.key).tap();
      await expect(page).toHaveURL(new RegExp(`#/browse\\?year=${chosenYear}$`));
      await expect(results).toHaveAttribute(
        'data-count',
        String(catalogue.documents.filter((d) => year(d) === chosenYear).length),
      );
    });
  });

test('a list of every document renders only the rows in view, scrolling brings the rest, and back from a document returns to the same place', async ({
  page,
}) => {
  await openHome(page);
  await page.goto('/#/browse');
  const results = page.getByTestId('search-results');
  await expect(results).toHaveAttribute('data-count', String(catalogue.documents.length));
  const rendered = await page.getByTestId('result-item').count();
  expect(rendered).toBeGreaterThan(0);
  expect(rendered).toBeLessThan(catalogue.documents.length);
  const last = newestFirst(catalogue.documents).at(-1)!;
  await page.getByTestId('result-item').first().hover();
  for (let i = 0; i < 40 && !(await page.locator(`[data-testid="result-item"][data-id="${last}"]`).count()); i++)
    await page.mouse.wheel(0, 1500);
  const lastRow = page.locator(`[data-testid="result-item"][data-id="${last}"]`);
  await expect(lastRow).toBeVisible();
  const first = page.locator(`[data-testid="result-item"][data-id="${newestFirst(catalogue.documents)[0]}"]`);
  await expect(first).toHaveCount(0);

  // Reading the last document and coming back lands at the bottom again, not at the top of the list.
  await lastRow.tap();
  await expect(page.getByTestId('doc-viewer')).toHaveAttribute('data-id', last);
  await page.getByRole('button', { name: /返回/ }).tap();
  await expect(lastRow).toBeVisible();
  await expect(first).toHaveCount(0);
});
