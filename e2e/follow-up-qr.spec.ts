// Every document hands off to a phone: QR codes for the online original and the online application, carrying exactly the right URLs.
import { readFileSync } from 'node:fs';
import { type Locator } from '@playwright/test';
import { expect, test } from './fixtures/terminal.ts';
import { create } from 'qrcode';
import { openHome, readDemo } from './fixtures/kiosk.ts';
import { decodeQr } from './fixtures/qr-decode.ts';

const { catalogue } = readDemo();
const config = JSON.parse(readFileSync(new URL('../kiosk-config/default.json', import.meta.url), 'utf8')) as {
  siteName: string;
  applyUrl: string;
  portalUrl: string;
};
const withOnline = catalogue.documents.find((d) => d.onlineUrl && /[《》“”]/.test(d.title))!;
const withoutOnline = catalogue.documents.find((d) => !d.onlineUrl)!;

const enc = encodeURIComponent;
const applyFor = (d: { indexNo: string; title: string }) =>
  config.applyUrl
    .replace('{indexNo}', enc(d.indexNo))
    .replace('{title}', enc(d.title))
    .replace('{site}', enc(config.siteName));

/**
 * The dark modules a QR symbol for `text` has, from the qrcode package in Node: the on-screen SVG must draw exactly
 * these, so what a phone decodes is `text` itself and not merely what data-url claims.
 */
function expectedModules(text: string): string {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const dark: string[] = [];
  for (let y = 0; y < modules.size; y++)
    for (let x = 0; x < modules.size; x++) if (modules.get(y, x)) dark.push(`${x + 4},${y + 4}`);
  return dark.join(' ');
}

async function drawnModules(qr: Locator): Promise<string> {
  const d = (await qr.locator('path').getAttribute('d')) ?? '';
  return Array.from(d.matchAll(/M(\d+) (\d+)h1v1h-1z/g), (m) => `${m[1]},${m[2]}`).join(' ');
}

test('a document with an online original shows two scannable codes: the original and the application with its title encoded', async ({
  page,
}) => {
  await openHome(page);
  await page.goto(`/#/doc/${withOnline.id}`);
  const original = page.locator('[data-testid="qr-code"][data-kind="original"]');
  const apply = page.locator('[data-testid="qr-code"][data-kind="apply"]');
  await expect(original).toHaveAttribute('data-url', withOnline.onlineUrl!);
  await expect(apply).toHaveAttribute('data-url', applyFor(withOnline));
  expect(applyFor(withOnline)).not.toMatch(/[《》“”\u4e00-\u9fff]/);
  expect(await drawnModules(original)).toBe(expectedModules(withOnline.onlineUrl!));
  expect(await drawnModules(apply)).toBe(expectedModules(applyFor(withOnline)));
  // And read off the screen by a decoder, as a phone would.
  expect(await decodeQr(original)).toBe(withOnline.onlineUrl!);
  expect(await decodeQr(apply)).toBe(applyFor(withOnline));

  for (const qr of [original, apply]) {
    const box = (await qr.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(220);
  }
  await expect(page.getByText('手机查看原文')).toBeVisible();
  await expect(page.getByText('在线申请公开')).toBeVisible();
  await expect(page.getByText(/对准这个方块扫一扫/)).toBeVisible();

  // Tap to enlarge for an old phone camera, tap to close.
  await original.click();
  const big = page.getByRole('dialog', { name: '手机查看原文' });
  await expect(big.getByTestId('qr-code')).toHaveAttribute('data-url', withOnline.onlineUrl!);
  expect((await big.getByTestId('qr-code').boundingBox())!.width).toBeGreaterThanOrEqual(500);
  await page.screenshot({ path: test.info().outputPath('qr-enlarged.png') });
  await big.getByRole('button', { name: '关闭' }).click();
  await expect(big).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('qr-doc.png') });
});

test("a document without an online address sends the phone to the portal's search for its 索引号", async ({ page }) => {
  await openHome(page);
  await page.goto(`/#/doc/${withoutOnline.id}`);
  const url = config.portalUrl.replace('{indexNo}', enc(withoutOnline.indexNo));
  const original = page.locator('[data-testid="qr-code"][data-kind="original"]');
  await expect(original).toHaveAttribute('data-url', url);
  expect(url).toContain('%2F');
  expect(await drawnModules(original)).toBe(expectedModules(url));
  expect(await decodeQr(original)).toBe(url);
});
