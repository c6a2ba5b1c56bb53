// A wrong, partial or tampered package must never reach a resident's screen, and nothing already loaded may be lost.
import { readFile, rm, writeFile, cp } from 'node:fs/promises';
import { join } from 'node:path';
import { type Page } from '@playwright/test';
import { expect, test } from './fixtures/browser.ts';
import { openConsole, routeSiteConfig, startupCheckDone } from './fixtures/admin.ts';
import {
  makeKey,
  makeSignedPackage,
  signPackage,
  SIGNED_PACKAGE_ID,
  zipPackage,
  type TestKey,
} from './fixtures/signed-package.ts';
import { serveFolder, type StaticServer } from './fixtures/static-server.ts';

const SITE = 'e2e-updates';
const COUNT = 20;
let key: TestKey;
let v1: string;
let v2: string;
let server: StaticServer;

test.beforeAll(async () => {
  key = makeKey();
  v1 = await makeSignedPackage({ version: 1, count: COUNT, key });
  v2 = await makeSignedPackage({ version: 2, count: COUNT, changed: [2, 5, 11], key });
});
test.beforeEach(async ({ context }) => {
  server = await serveFolder(v1);
  await routeSiteConfig(context, SITE, {
    contentUrl: server.url,
    packageId: SIGNED_PACKAGE_ID,
    trustedKeys: [key.publicKey],
    allowUnsigned: false,
    maxPackageBytes: 2_000_000,
  });
});
test.afterEach(async () => server.close());

async function expectVersion(page: Page, version: number) {
  // Right after a start this includes the first-start import, which a loaded 2-core CI machine took over 15 s for.
  await expect(page.getByTestId('content-version').first()).toHaveAttribute('data-version', String(version), {
    timeout: 60_000,
  });
  await expect(page.getByTestId('content-version').first()).toHaveAttribute('data-count', String(COUNT));
}

async function checkNow(page: Page) {
  await page.getByRole('button', { name: '检查更新' }).click();
  await expect(page.getByTestId('admin-result')).toBeVisible();
}

/** A copy of v2 broken by `damage`, served in place of the package; the terminal must keep v1. */
async function refusedPackage(damage: (dir: string) => Promise<void>): Promise<string> {
  const dir = `${v2}-broken-${Math.random().toString(36).slice(2)}`;
  await cp(v2, dir, { recursive: true });
  await damage(dir);
  return dir;
}

test('a signed package syncs on first start, and a delta update fetches only the changed files', async ({ page }) => {
  await page.clock.install();
  await page.goto(`/?site=${SITE}`);
  await expectVersion(page, 1);
  await startupCheckDone(page, server);

  server.setRoot(v2);
  server.requests.length = 0;
  await openConsole(page, SITE);
  await checkNow(page);
  await expect(page.getByTestId('admin-result')).toContainText('第 2 版');
  await expectVersion(page, 2);
  const fetched = server.requests.filter((p) => p.startsWith('/files/') || p.startsWith('/text/')).sort();
  // Three documents changed: their file and their text, nothing else.
  expect(fetched).toHaveLength(6);
  expect(fetched.filter((p) => p.startsWith('/files/'))).toEqual([
    '/files/doc-11-e2.html',
    '/files/doc-2-e2.html',
    '/files/doc-5-e2.html',
  ]);
});

const refusals: [string, string, (dir: string) => Promise<void>][] = [
  [
    'bad signature',
    'signature-invalid',
    async (dir) => {
      const sig = Buffer.from(await readFile(join(dir, 'manifest.sig'), 'utf8'), 'base64');
      sig[10] = sig[10]! ^ 0xff;
      await writeFile(join(dir, 'manifest.sig'), sig.toString('base64'));
    },
  ],
  ['unknown key', 'signature-invalid', (dir) => signPackage(dir, makeKey())],
  [
    'one flipped byte in one file',
    'hash-mismatch',
    async (dir) => {
      const file = join(dir, 'files/doc-5-e2.html');
      const bytes = await readFile(file);
      bytes[20] = bytes[20]! ^ 0x01;
      await writeFile(file, bytes);
    },
  ],
  ['a missing file', 'fetch-failed', (dir) => rm(join(dir, 'files/doc-11-e2.html'))],
  [
    'a schema error',
    'schema',
    async (dir) => {
      const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
      manifest.created = 'yesterday';
      await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
      await signPackage(dir, key);
    },
  ],
];

for (const [name, code, damage] of refusals) {
  test(`refused, v1 stays and the log says why: ${name}`, async ({ page }) => {
    await page.goto(`/?site=${SITE}`);
    await expectVersion(page, 1);
    server.setRoot(await refusedPackage(damage));
    await openConsole(page, SITE);
    await checkNow(page);
    await expect(page.getByTestId('admin-result')).toContainText('没有被采用');
    await expectVersion(page, 1);
    await expect(page.getByTestId('update-log').locator('tbody tr').first()).toHaveAttribute('data-code', code);
  });
}

test('an older version on the server is refused and logged', async ({ page }) => {
  server.setRoot(v2);
  await page.goto(`/?site=${SITE}`);
  await expectVersion(page, 2);
  server.setRoot(v1);
  await openConsole(page, SITE);
  await checkNow(page);
  await expectVersion(page, 2);
  await expect(page.getByTestId('update-log').locator('tbody tr').first()).toHaveAttribute('data-code', 'not-newer');
});

test('rollback returns to the previous version, and the rolled-back one is not taken again', async ({ page }) => {
  await page.goto(`/?site=${SITE}`);
  await expectVersion(page, 1);
  server.setRoot(v2);
  await openConsole(page, SITE);
  await checkNow(page);
  await expectVersion(page, 2);
  await page.getByRole('button', { name: '回滚到上一版本' }).click();
  await expect(page.getByTestId('admin-result')).toContainText('回滚到第 1 版');
  await expectVersion(page, 1);
  await checkNow(page);
  await expectVersion(page, 1);
  await expect(page.getByTestId('update-log').locator('tbody tr').first()).toHaveAttribute('data-code', 'rolled-back');
});

test.describe('from USB', () => {
  const paths = async (dir: string) =>
    (JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as { files: { path: string }[] }).files
      .map((f) => f.path)
      .concat('manifest.json', 'manifest.sig');

  test('a zip picked from the stick imports with progress', async ({ page }) => {
    await page.goto(`/?site=${SITE}`);
    await expectVersion(page, 1);
    await openConsole(page, SITE);
    const zip = await zipPackage(v2, await paths(v2));
    // The import may be quicker than a poll: note every progress line the console shows while it runs.
    await page.evaluate(() => {
      const seen: string[] = ((window as unknown as { progressSeen: string[] }).progressSeen = []);
      new MutationObserver(() => {
        const line = document.querySelector('[data-testid="import-progress"] [role="status"]')?.textContent;
        if (line && seen.at(-1) !== line) seen.push(line);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page
      .getByTestId('usb-zip')
      .setInputFiles({ name: 'chayue-v2.zip', mimeType: 'application/zip', buffer: zip });
    await expect(page.getByTestId('admin-result')).toContainText('第 2 版');
    const progress = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
    // Every file checked and stored, then every document read into the search index.
    expect(progress).toContainEqual(expect.stringMatching(/^已准备 (\d+) \/ \1 个文件/));
    expect(progress.at(-1)).toMatch(/^正在整理搜索目录：(\d+) \/ \1 份文件/);
    await expectVersion(page, 2);
  });

  test('a zip with a ../ entry is refused and v1 stays', async ({ page }) => {
    await page.goto(`/?site=${SITE}`);
    await openConsole(page, SITE);
    const zip = await zipPackage(v2, await paths(v2), { '../../evil.sh': 'rm -rf /' });
    await page.getByTestId('usb-zip').setInputFiles({ name: 'evil.zip', mimeType: 'application/zip', buffer: zip });
    await expect(page.getByTestId('admin-result')).toContainText('没有被采用');
    await expect(page.getByTestId('update-log').locator('tbody tr').first()).toHaveAttribute('data-code', 'zip-entry');
    await expectVersion(page, 1);
  });

  test('a zip over the size ceiling is refused and v1 stays', async ({ page, context }) => {
    await page.goto(`/?site=${SITE}`);
    await expectVersion(page, 1);
    // The same terminal, now configured with a ceiling below the package's size (the config is read at start).
    await routeSiteConfig(context, SITE, {
      contentUrl: server.url,
      packageId: SIGNED_PACKAGE_ID,
      trustedKeys: [key.publicKey],
      allowUnsigned: false,
      maxPackageBytes: 4_000,
    });
    await page.reload();
    // Let the restarted app render before the hash changes, so the console opens in it, not under a start-up render.
    await expectVersion(page, 1);
    await openConsole(page, SITE);
    const zip = await zipPackage(v2, await paths(v2));
    await page.getByTestId('usb-zip').setInputFiles({ name: 'big.zip', mimeType: 'application/zip', buffer: zip });
    await expect(page.getByTestId('update-log').locator('tbody tr').first()).toHaveAttribute('data-code', 'too-large');
    await expectVersion(page, 1);
  });
});
