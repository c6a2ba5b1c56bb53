// Specs start from a copy of a terminal that already did its first start: the copy must be that terminal, whole.
import { expect, test } from './fixtures/terminal.ts';
import { readDemo } from './fixtures/kiosk.ts';

const { manifest } = readDemo();

test('a copied terminal opens Home on the demo without importing, its files intact byte for byte', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/');
  await expect(page.getByTestId('home')).toBeVisible();
  await expect(page.getByTestId('content-version')).toHaveAttribute('data-version', String(manifest.version));
  // No document file is fetched: everything comes from the copied IndexedDB.
  expect(requested.filter((p) => p.includes('/demo-package/files/'))).toEqual([]);

  // Every stored Blob reads back with the sha256 and size the manifest gives, hashed in the page as the kiosk would.
  const files = manifest.files.filter((f) => f.path.startsWith('files/'));
  const stored = await page.evaluate(
    (wanted) =>
      new Promise<{ sha256: string; size: number; digest: string }[]>((resolve, reject) => {
        const open = indexedDB.open('chayue');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const store = open.result.transaction('blobs').objectStore('blobs');
          const reads = wanted.map(
            (sha256) =>
              new Promise<{ sha256: string; size: number; digest: string }>((done, fail) => {
                const request = store.get(sha256);
                request.onerror = () => fail(request.error);
                request.onsuccess = async () => {
                  const blob = (request.result as { blob: Blob } | undefined)?.blob;
                  if (!blob) return done({ sha256, size: -1, digest: '' });
                  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', await blob.arrayBuffer()));
                  done({
                    sha256,
                    size: blob.size,
                    digest: [...hash].map((b) => b.toString(16).padStart(2, '0')).join(''),
                  });
                };
              }),
          );
          Promise.all(reads).then(resolve, reject);
        };
      }),
    files.map((f) => f.sha256),
  );
  expect(stored).toEqual(files.map((f) => ({ sha256: f.sha256, size: f.size, digest: f.sha256 })));
});
