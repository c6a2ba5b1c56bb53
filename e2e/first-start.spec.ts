// A new terminal fetches the bundled demo package once, verifies it, and shows the catalogue with the right counts.
import { expect, test } from './fixtures/browser.ts';
import { openHome, readDemo } from './fixtures/kiosk.ts';

const { catalogue, manifest } = readDemo();

test('first start imports the demo and Home shows the version, the total and every domain count', async ({ page }) => {
  await page.goto('/');
  // The first start shows its progress while it imports.
  await expect(page.getByTestId('import-progress').or(page.getByTestId('home'))).toBeVisible();
  await openHome(page);

  const version = page.getByTestId('content-version');
  await expect(version).toHaveAttribute('data-version', String(manifest.version));
  await expect(version).toHaveAttribute('data-count', String(catalogue.documents.length));

  for (const domain of catalogue.domains) {
    const expected = catalogue.documents.filter((d) => d.domain === domain.key).length;
    const tile = page.locator(`a[data-domain="${domain.key}"]`);
    await expect(tile).toContainText(domain.name);
    await expect(tile).toContainText(`${expected} 份`);
  }
  await expect(page.getByTestId('result-item').first()).toBeVisible();
});

test('a domain list shows exactly that domain’s documents, newest first, and opens one', async ({ page }) => {
  await openHome(page);
  const domain = catalogue.domains.find((d) => catalogue.documents.filter((doc) => doc.domain === d.key).length >= 3)!;
  const expected = catalogue.documents
    .filter((d) => d.domain === domain.key)
    .sort((a, b) => b.publishDate.localeCompare(a.publishDate) || b.indexNo.localeCompare(a.indexNo));

  await page.locator(`a[data-domain="${domain.key}"]`).click();
  await expect(page).toHaveURL(new RegExp(`#/browse\\?domain=${domain.key}$`));
  const items = page.getByTestId('result-item');
  await expect(items).toHaveCount(expected.length);
  expect(await items.evaluateAll((els) => els.map((el) => el.getAttribute('data-id')))).toEqual(
    expected.map((d) => d.id),
  );

  await items.first().click();
  await expect(page.getByTestId('doc-viewer')).toHaveAttribute('data-id', expected[0]!.id);
  await expect(page.getByRole('heading', { level: 1, name: expected[0]!.title }).first()).toBeVisible();
  await page.getByRole('button', { name: /返回/ }).click();
  await expect(items).toHaveCount(expected.length);
});

test('later starts read IndexedDB only: only the manifest is asked for, to look for updates', async ({
  page,
  context,
}) => {
  await openHome(page);
  const packageRequests: string[] = [];
  // Workers' requests too: the import runs in one.
  context.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.includes('/demo-package/') && !path.endsWith('/manifest.json')) packageRequests.push(path);
  });
  await page.reload();
  await expect(page.getByTestId('home')).toBeVisible();
  await expect(page.getByTestId('content-version')).toHaveAttribute('data-count', String(catalogue.documents.length));
  expect(packageRequests).toEqual([]);
});

test('a document that no longer applies shows why and links to the one that replaces it', async ({ page }) => {
  const repealed = catalogue.documents.find((d) => d.validity === '废止' && d.replacedBy)!;
  const replacement = catalogue.documents.find((d) => d.id === repealed.replacedBy)!;
  await openHome(page);
  await page.goto(`/#/doc/${repealed.id}`);
  // Said in the entry, with the link, and stamped over the reading area.
  await expect(page.getByRole('note').filter({ hasText: '不再执行' })).toContainText('本文件已废止');
  await expect(page.getByTestId('validity-stamp')).toHaveText('本文件已废止');
  await page.getByRole('link', { name: new RegExp(replacement.title) }).click();
  await expect(page.getByTestId('doc-viewer')).toHaveAttribute('data-id', replacement.id);
});
