// Staff's path end to end: a CSV saved by Excel plus real PDFs, packed and signed by the CLI, is taken by a terminal; tampered, refused.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type BrowserContext } from '@playwright/test';
import { expect, test } from './fixtures/browser.ts';
import { writeKeyPair } from '../scripts/pack/signing-keys.ts';
import { excelCsv } from '../scripts/pack/test-source-folder.ts';
import type { Catalogue, Manifest } from '../src/shared/package-format.ts';
import { openHome } from './fixtures/kiosk.ts';
import { scratchDir } from './fixtures/scratch.ts';
import { serveFolder, type StaticServer } from './fixtures/static-server.ts';
import { TESTDATA_PDFS, testPdfNames } from './fixtures/testdata-package.ts';

const ROOT = join(import.meta.dirname, '..');
// The package's id, given to pack and named in the site's config: a terminal takes only the package its config names.
const PACK_ID = 'e2e-pack';
const DOMAINS = ['征地补偿', '财政预决算', '环境保护', '涉农补贴', '其他'];

let packageDir: string;
let tamperedDir: string;
let publicKey: string;
let documentCount: number;
const servers: StaticServer[] = [];

/** One row per test PDF, as staff would fill the template: Chinese headers, several date forms, a quoted summary. */
async function writeSource(dir: string) {
  const names = await testPdfNames();
  const rows = [
    [
      '索引号',
      '标题',
      '发布机构',
      '文号',
      '成文日期',
      '发布日期',
      '重点领域',
      '体裁',
      '有效性',
      '摘要',
      '文件',
      '相关文件',
    ],
  ];
  names.forEach((name, i) => {
    const indexNo = `11530425/2026-${String(i + 1).padStart(5, '0')}`;
    rows.push([
      indexNo,
      `测试文件：${name}`,
      '某县人民政府办公室',
      `某政发〔2026〕${i + 1}号`,
      '二〇二六年一月五日',
      ['2026-01-08', '2026/1/9', '2026年1月10日', '46032'][i % 4]!,
      DOMAINS[i % DOMAINS.length]!,
      '通知',
      '有效',
      `第一段，含逗号\n第二段“引号”`,
      `pdfs/${name}`,
      i > 0 ? '11530425/2026-00001' : '',
    ]);
  });
  await cp(TESTDATA_PDFS, join(dir, 'pdfs'), { recursive: true, filter: (src) => !src.endsWith('.tsv') });
  await writeFile(join(dir, 'catalogue.csv'), excelCsv(rows));
  return names.length;
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const work = scratchDir('pack');
  documentCount = await writeSource(join(work, 'source'));
  const keys = await writeKeyPair(join(work, 'keys'));
  publicKey = keys.publicKey;
  packageDir = join(work, 'package');
  const { stdout } = await promisify(execFile)(
    join(ROOT, 'node_modules/.bin/tsx'),
    ['scripts/pack.ts', join(work, 'source'), '--out', packageDir, '--key', keys.privatePath, '--id', PACK_ID],
    { cwd: ROOT },
  );
  expect(stdout).toContain(publicKey);

  tamperedDir = join(work, 'tampered');
  await cp(packageDir, tamperedDir, { recursive: true });
  const signature = Buffer.from(await readFile(join(tamperedDir, 'manifest.sig'), 'utf8'), 'base64');
  signature[20]! ^= 0x01;
  await writeFile(join(tamperedDir, 'manifest.sig'), signature.toString('base64'));
});
test.afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

// The config is answered by the test, so no service worker may stand between the page and the route.

async function useSite(context: BrowserContext, folder: string) {
  const server = await serveFolder(folder);
  servers.push(server);
  await context.route('**/kiosk-config/e2e-pack.json', async (route) => {
    const response = await route.fetch({ url: route.request().url().replace('e2e-pack', 'default') });
    const config = {
      ...(await response.json()),
      contentUrl: server.url,
      packageId: PACK_ID,
      trustedKeys: [publicKey],
      allowUnsigned: false,
    };
    await route.fulfill({ response, json: config });
  });
}

test('every file in the manifest has the listed size and sha256, and the signature verifies in WebCrypto', async () => {
  const manifestBytes = await readFile(join(packageDir, 'manifest.json'));
  const manifest = JSON.parse(manifestBytes.toString('utf8')) as Manifest;
  expect(manifest.files.length).toBeGreaterThan(documentCount);
  for (const file of manifest.files) {
    const bytes = await readFile(join(packageDir, file.path));
    expect({
      path: file.path,
      size: bytes.byteLength,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    }).toEqual({
      path: file.path,
      size: file.size,
      sha256: file.sha256,
    });
  }
  const key = await crypto.subtle.importKey(
    'spki',
    Buffer.from(publicKey, 'base64'),
    { name: 'ECDSA', namedCurve: 'P-256' },
    false,
    ['verify'],
  );
  const signature = Buffer.from(await readFile(join(packageDir, 'manifest.sig'), 'utf8'), 'base64');
  expect(await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, signature, manifestBytes)).toBe(true);

  const catalogue = JSON.parse(await readFile(join(packageDir, 'catalogue.json'), 'utf8')) as Catalogue;
  expect(catalogue.documents).toHaveLength(documentCount);
  const chinese = catalogue.documents.find((d) => d.title.endsWith('XiaoBiaoSong.pdf'))!;
  expect(await readFile(join(packageDir, chinese.textPath), 'utf8')).toContain('关于红军作战的原则');
});

test('a terminal that trusts the key takes the package and Home counts every document', async ({ page, context }) => {
  await useSite(context, packageDir);
  await openHome(page, '/?site=e2e-pack');
  const version = page.getByTestId('content-version');
  await expect(version).toHaveAttribute('data-version', '1');
  await expect(version).toHaveAttribute('data-count', String(documentCount));
});

test('the same package with one flipped byte in its signature is refused on the startup screen', async ({
  page,
  context,
}) => {
  await useSite(context, tamperedDir);
  await page.goto('/?site=e2e-pack');
  await expect(page.getByRole('alert')).toContainText('签名验证失败', { timeout: 45_000 });
  await expect(page.getByTestId('home')).toHaveCount(0);
});
