// Staff can find a stored file that went bad under its right key: the console re-hashes every file and names it.
import { expect, test } from './fixtures/terminal.ts';
import { enterPin, STAFF_PIN } from './fixtures/admin.ts';
import { openHome, readDemo } from './fixtures/kiosk.ts';

const { manifest } = readDemo();

/** Rewrites one stored blob's bytes in place (same key, same size): what a failing disk does, unseen by any import. */
function corruptStoredFile(sha256: string) {
  return new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('chayue');
    open.onerror = () => reject(open.error);
    open.onsuccess = async () => {
      const db = open.result;
      const read = db.transaction('blobs').objectStore('blobs').get(sha256);
      read.onsuccess = async () => {
        const record = read.result as { blob: Blob };
        const bytes = new Uint8Array(await record.blob.arrayBuffer());
        const middle = Math.floor(bytes.length / 2);
        bytes[middle] = bytes[middle]! ^ 0xff;
        const write = db.transaction('blobs', 'readwrite');
        write.objectStore('blobs').put({ ...record, blob: new Blob([bytes], { type: record.blob.type }) });
        write.oncomplete = () => (db.close(), resolve());
        write.onerror = () => reject(write.error);
      };
    };
  });
}

test('a file corrupted in storage is named by the re-check, logged, and an intact terminal says so', async ({
  page,
}) => {
  await openHome(page);
  await page.evaluate(() => (location.hash = '#/admin'));
  await enterPin(page, STAFF_PIN);
  const panel = page.getByTestId('verify-stored');
  await panel.getByTestId('verify-stored-start').click();
  await expect(panel.getByTestId('verify-stored-result')).toHaveAttribute('data-bad', '0', { timeout: 60_000 });
  await expect(panel.getByTestId('verify-stored-result')).toContainText(`${manifest.files.length} 个文件全部完好`);

  const victim = manifest.files.find((f) => f.path.endsWith('.pdf'))!;
  await page.evaluate(corruptStoredFile, victim.sha256);
  await panel.getByTestId('verify-stored-start').click();
  const result = panel.getByTestId('verify-stored-result');
  await expect(result).toHaveAttribute('data-bad', '1', { timeout: 60_000 });
  await expect(result.locator('li')).toHaveAttribute('data-path', victim.path);
  await expect(page.getByTestId('update-log').locator('tbody tr').first()).toHaveAttribute(
    'data-result',
    'verify-failed',
  );
});
