// On a terminal the printed sheets go to the local print server as one A4 PDF: painted in the page as print paints them, site and 索引号 findable.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/terminal.ts';
import { openHome, readDemo } from './fixtures/kiosk.ts';
import { chooseRange, openPrintDialog, recordPrints } from './fixtures/print.ts';
import { SHEET_PDF_GLOBAL, sheetPdfScript } from './fixtures/sheet-pdf-bundle.ts';

const { catalogue } = readDemo();
const withOnline = catalogue.documents.find((d) => d.onlineUrl && (d.files[0]?.pages ?? 0) >= 2)!;
const site = '云溪县政务服务中心政府信息公开查阅点';
// A4 at 96 dpi, the CSS px a sheet has on screen.
const SHEET_PX = { width: 794, height: 1123 };
// Measured 0.8–2.7 on Chromium 156 and 90; sheet 1's print beside sheet 2's PDF page (no page image over most of it) is 9.7.
const MAX_DIFFERENCE = 5;

interface Rasterised {
  pdf: string;
  sizes: number[];
  dims: [number, number][];
  ms: number;
  opacities: string[];
  displayAfter: string;
  sandboxes: number;
}

/**
 * Mean difference (0–255) of the grey levels of two same-sized PNGs, over 4 × 4 px blocks: a missing or moved block
 * of the sheet shows, the two ways of smoothing text edges (print at 96 dpi, the PDF from 150 dpi) mostly do not.
 */
function meanGreyDifference(a: PNG, b: PNG) {
  const grey = (p: PNG, x: number, y: number) => {
    let sum = 0;
    for (let dy = 0; dy < 4; dy++)
      for (let dx = 0; dx < 4; dx++) {
        const i = ((y + dy) * p.width + x + dx) * 4;
        sum += p.data[i]! + p.data[i + 1]! + p.data[i + 2]!;
      }
    return sum / 48;
  };
  let sum = 0;
  let blocks = 0;
  for (let y = 0; y + 4 <= a.height; y += 4)
    for (let x = 0; x + 4 <= a.width; x += 4, blocks++) sum += Math.abs(grey(a, x, y) - grey(b, x, y));
  return sum / blocks;
}

/** Rasterises the print container's sheets in the page and builds their PDF, with what it took. */
async function rasteriseInPage(page: Page): Promise<Rasterised> {
  await page.addScriptTag({ content: await sheetPdfScript() });
  return page.evaluate(async (name): Promise<Rasterised> => {
    const api = (window as unknown as Record<string, typeof import('./fixtures/sheet-pdf-entry.ts')>)[name]!;
    const root = document.getElementById('print-root')!;
    const opacities: string[] = [];
    const start = performance.now();
    const sheets = await api.rasteriseSheets(root, { onSheet: () => opacities.push(getComputedStyle(root).opacity) });
    const ms = performance.now() - start;
    const pdf = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve((reader.result as string).split(',')[1]!);
      reader.readAsDataURL(api.sheetPdf(sheets));
    });
    return {
      pdf,
      sizes: sheets.map((s) => s.jpeg.size),
      dims: sheets.map((s) => [s.widthPx, s.heightPx]),
      ms,
      opacities,
      displayAfter: getComputedStyle(root).display,
      sandboxes: document.querySelectorAll('iframe[id^="__SANDBOX__"]').length,
    };
  }, SHEET_PDF_GLOBAL);
}

/** Share of a box's pixels that are clearly darker than paper. */
function inkShare(p: PNG, box: { x: number; y: number; width: number; height: number }) {
  let ink = 0;
  for (let y = box.y; y < box.y + box.height; y++)
    for (let x = box.x; x < box.x + box.width; x++) {
      const i = (y * p.width + x) * 4;
      if (p.data[i]! + p.data[i + 1]! + p.data[i + 2]! < 600) ink++;
    }
  return ink / (box.width * box.height);
}

test('the sheets of pages 1–2 become a two-page A4 PDF that shows what print shows and carries its text', async ({
  page,
}) => {
  await openHome(page);
  const dialog = await openPrintDialog(page, withOnline.id, 1);
  await recordPrints(page);
  await chooseRange(page, 1, 2);
  await dialog.getByTestId('print-confirm').click();
  await expect(dialog).toHaveAttribute('data-state', 'sent', { timeout: 60_000 });
  await expect(page.locator('#print-root').getByTestId('print-sheet')).toHaveCount(2);

  const result = await rasteriseInPage(page);
  const info = test.info();
  const perSheet = Math.round(result.ms / 2);
  info.annotations.push({
    type: 'measured',
    description: `${perSheet} ms/sheet, JPEG bytes ${result.sizes.join(', ')}`,
  });
  console.log(`${info.project.name}: ${perSheet} ms per sheet; JPEG bytes ${result.sizes.join(', ')}`);

  // Never on screen: painted while the container was transparent, hidden again afterwards.
  expect(result.opacities).toEqual(['0', '0']);
  expect(result.displayAfter).toBe('none');
  // Nothing left behind in the page (modern-screenshot's style sandbox is its own iframe).
  expect(result.sandboxes).toBe(0);
  expect(result.dims).toEqual([
    [1240, 1754],
    [1240, 1754],
  ]);
  const pdfFile = info.outputPath('sheets.pdf');
  writeFileSync(pdfFile, Buffer.from(result.pdf, 'base64'));

  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfFile, '-'], { encoding: 'utf8' });
  const pages = text.split('\f').filter((p) => p.trim());
  expect(pages).toHaveLength(2);
  pages.forEach((p, i) => {
    expect(p.replace(/\s/g, '')).toContain(site);
    expect(p).toContain(withOnline.indexNo);
    expect(p).toMatch(new RegExp(`第 ?${i + 1} ?页`));
  });
  expect(pages[0]).toContain(withOnline.title.slice(0, 10));

  // Each PDF page beside the same sheet as window.print lays it out (print media, the app hidden).
  execFileSync('pdftoppm', ['-r', '96', '-png', pdfFile, info.outputPath('pdf')]);
  execFileSync('pdftoppm', ['-r', '150', '-f', '1', '-l', '1', '-png', pdfFile, info.outputPath('pdf150')]);
  await page.emulateMedia({ media: 'print' });
  const printed = PNG.sync.read(await page.screenshot({ fullPage: true, animations: 'disabled' }));
  for (const n of [1, 2]) {
    const fromPdf = PNG.sync.read(readFileSync(info.outputPath(`pdf-${n}.png`)));
    expect([fromPdf.width, fromPdf.height]).toEqual([SHEET_PX.width, SHEET_PX.height]);
    const sheet = new PNG(SHEET_PX);
    const top = Math.min(Math.floor((n - 1) * 1122.52), printed.height - SHEET_PX.height);
    PNG.bitblt(printed, sheet, 0, top, SHEET_PX.width, SHEET_PX.height, 0, 0);
    writeFileSync(info.outputPath(`print-${n}.png`), PNG.sync.write(sheet));
    const difference = meanGreyDifference(fromPdf, sheet);
    console.log(`sheet ${n}: mean grey difference ${difference.toFixed(2)}`);
    expect(difference).toBeLessThan(MAX_DIFFERENCE);
    // The page image is there: the page area has ink, about as much as the printed one has.
    const pageArea = { x: 45, y: n === 1 ? 130 : 40, width: 700, height: 800 };
    const [inPdf, inPrint] = [inkShare(fromPdf, pageArea), inkShare(sheet, pageArea)];
    expect(inPdf).toBeGreaterThan(0.003);
    expect(inPdf / inPrint).toBeGreaterThan(0.7);
    expect(inPdf / inPrint).toBeLessThan(1.4);
  }

  // The footer's QR code (inline SVG) is in the picture and still reads, from the 150 dpi page.
  const page1 = PNG.sync.read(readFileSync(info.outputPath('pdf150-1.png')));
  const qr = jsQR(new Uint8ClampedArray(page1.data), page1.width, page1.height);
  expect(qr?.data).toBe(withOnline.onlineUrl);
});

test('a scanned page’s sheet: its size in the PDF, and its footer still read', async ({ page }) => {
  // A 150 dpi grey scan of the demo page, slightly turned, on off-white paper with sensor noise.
  const scan = test.info().outputPath('scan');
  execFileSync('pdftoppm', [
    '-r',
    '150',
    '-gray',
    '-f',
    '1',
    '-l',
    '1',
    '-png',
    `public/demo-package/${withOnline.files[0]!.path}`,
    scan,
  ]);
  execFileSync('convert', [
    `${scan}-1.png`,
    ...'-background #f1ede4 -rotate 0.6 -level 0%,94% -attenuate 0.4 +noise Gaussian -blur 0x0.4'.split(' '),
    `${scan}.png`,
  ]);
  await openHome(page);
  const dialog = await openPrintDialog(page, withOnline.id, 1);
  await recordPrints(page);
  await dialog.getByTestId('print-confirm').click();
  await expect(dialog).toHaveAttribute('data-state', 'sent', { timeout: 60_000 });
  const picture = readFileSync(`${scan}.png`).toString('base64');
  await page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const img = document.querySelector<HTMLImageElement>('#print-root [data-testid="print-sheet"] img')!;
    img.src = URL.createObjectURL(new Blob([bytes], { type: 'image/png' }));
    await img.decode();
  }, picture);

  const result = await rasteriseInPage(page);
  const pdfBytes = Buffer.from(result.pdf, 'base64');
  const pdfFile = test.info().outputPath('scan.pdf');
  writeFileSync(pdfFile, pdfBytes);
  // The dialog prints the whole document: the scanned page 1, then page 2 as it is.
  const perPart = Math.floor((64 * 1024 * 1024) / (pdfBytes.length / result.sizes.length));
  const { name } = test.info().project;
  console.log(
    `${name}: scan ${Math.round(result.ms / result.sizes.length)} ms/sheet, JPEG bytes ${result.sizes.join(', ')}, PDF ${pdfBytes.length} bytes: ~${perPart} sheets like these in 64 MiB`,
  );
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfFile, '-'], { encoding: 'utf8' });
  expect(text.replace(/\s/g, '')).toContain(site);
  expect(text).toContain(withOnline.indexNo);
  execFileSync('pdftoppm', ['-r', '150', '-png', pdfFile, test.info().outputPath('scan-pdf')]);
  const rendered = PNG.sync.read(readFileSync(test.info().outputPath('scan-pdf-1.png')));
  expect(jsQR(new Uint8ClampedArray(rendered.data), rendered.width, rendered.height)?.data).toBe(withOnline.onlineUrl);
});

test('a web page’s reflowed text sheets become PDF pages that look as printed, each with its footer text', async ({
  page,
}) => {
  const webPage = catalogue.documents.find((d) => d.files[0]?.type === 'text/html')!;
  await openHome(page);
  await page.goto(`/#/doc/${webPage.id}`);
  await page.getByTestId('print-button').click();
  const dialog = page.getByTestId('print-dialog');
  await recordPrints(page);
  await dialog.getByTestId('print-confirm').click();
  await expect(dialog).toHaveAttribute('data-state', 'sent', { timeout: 60_000 });
  const count = await page.locator('#print-root').getByTestId('print-sheet').count();

  const result = await rasteriseInPage(page);
  expect(result.sizes).toHaveLength(count);
  const info = test.info();
  const pdfFile = info.outputPath('text.pdf');
  writeFileSync(pdfFile, Buffer.from(result.pdf, 'base64'));
  console.log(
    `${info.project.name}: text ${Math.round(result.ms / count)} ms/sheet, JPEG bytes ${result.sizes.join(', ')}`,
  );
  const pages = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfFile, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((p) => p.trim());
  expect(pages).toHaveLength(count);
  for (const p of pages) expect(p).toContain(webPage.indexNo);

  execFileSync('pdftoppm', ['-r', '96', '-png', pdfFile, info.outputPath('pdf')]);
  await page.emulateMedia({ media: 'print' });
  const printed = PNG.sync.read(await page.screenshot({ fullPage: true, animations: 'disabled' }));
  const fromPdf = PNG.sync.read(readFileSync(info.outputPath(`pdf-${count > 9 ? '01' : '1'}.png`)));
  const sheet = new PNG(SHEET_PX);
  PNG.bitblt(printed, sheet, 0, 0, SHEET_PX.width, SHEET_PX.height, 0, 0);
  writeFileSync(info.outputPath('print-1.png'), PNG.sync.write(sheet));
  const difference = meanGreyDifference(fromPdf, sheet);
  console.log(`text sheet 1: mean grey difference ${difference.toFixed(2)}`);
  expect(difference).toBeLessThan(MAX_DIFFERENCE);
});
