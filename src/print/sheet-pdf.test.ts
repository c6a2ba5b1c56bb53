// The sheets' PDF as the print server's tools read it: poppler finds the pages, the Chinese text and the picture; Ghostscript (cups-pdf) renders it.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { SheetTooLargeError, sheetPdf, sheetPdfBytes, splitForUpload, type RasterSheet } from './sheet-pdf.ts';

const out = join(import.meta.dirname, '../../test-results/sheet-pdf');
mkdirSync(out, { recursive: true });

const SITE = '某某县政务服务中心查阅点';
const INDEX_NO = '索引号：11410000-2024-00123';

/** A real RGB JPEG of an A4 sheet at 150 dpi: white, with a dark blue block where the page image would be. */
function makeJpeg(name: string, colour: string): Blob {
  const file = join(out, name);
  execFileSync('convert', [
    ...['-size', '1240x1754', 'xc:white', '-fill', colour, '-draw', 'rectangle 150,300 1090,1200'],
    ...['-type', 'TrueColor', '-quality', '85', file],
  ]);
  return new Blob([readFileSync(file)], { type: 'image/jpeg' });
}

function sheet(jpeg: Blob, page: number): RasterSheet {
  const text = `关于印发某某办法的通知\n${SITE}\n${INDEX_NO}\u3000打印时间 2024年5月6日 10:20\n第 ${page} 页 / 共 3 页`;
  return { jpeg, widthPx: 1240, heightPx: 1754, text };
}

async function writePdf(sheets: RasterSheet[], name: string) {
  const file = join(out, name);
  const blob = sheetPdf(sheets);
  expect(blob.type).toBe('application/pdf');
  writeFileSync(file, new Uint8Array(await blob.arrayBuffer()));
  return file;
}

function run(command: string, args: string[]) {
  const r = spawnSync(command, args, { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Share of pixels in a box of a PNG that are clearly not white. */
function inkIn(pngFile: string, box: { x: number; y: number; w: number; h: number }) {
  const png = PNG.sync.read(readFileSync(pngFile));
  let ink = 0;
  for (let y = box.y; y < box.y + box.h; y++)
    for (let x = box.x; x < box.x + box.w; x++) {
      const i = (y * png.width + x) * 4;
      if (png.data[i]! + png.data[i + 1]! + png.data[i + 2]! < 600) ink++;
    }
  return ink / (box.w * box.h);
}

describe('sheetPdf', () => {
  const blue = makeJpeg('blue.jpg', '#1a3f7a');
  const sheets = [sheet(blue, 1), sheet(makeJpeg('grey.jpg', '#444444'), 2), sheet(blue, 3)];

  it('makes one A4 page per sheet that poppler reads without a complaint', async () => {
    const file = await writePdf(sheets, 'three-sheets.pdf');
    const info = run('pdfinfo', [file]);
    expect(info.stderr).toBe('');
    expect(info.stdout).toMatch(/^Pages:\s+3$/m);
    expect(info.stdout).toMatch(/^Page size:\s+595\.28 x 841\.89 pts \(A4\)$/m);
  });

  it('carries each sheet’s text in Chinese, found by pdftotext on every page', async () => {
    const file = await writePdf(sheets, 'three-sheets.pdf');
    const text = run('pdftotext', ['-enc', 'UTF-8', file, '-']);
    expect(text.stderr).toBe('');
    const pages = text.stdout.split('\f').filter((p) => p.trim());
    expect(pages).toHaveLength(3);
    pages.forEach((p, i) => {
      expect(p).toContain(SITE);
      expect(p).toContain(INDEX_NO);
      expect(p).toContain(`第 ${i + 1} 页 / 共 3 页`);
    });
  });

  it('shows the sheet’s picture, unchanged in place, and no visible text over it', async () => {
    const file = await writePdf(sheets, 'three-sheets.pdf');
    const r = run('pdftoppm', ['-r', '50', '-f', '1', '-l', '1', '-png', file, join(out, 'poppler')]);
    expect(r.stderr).toBe('');
    const png = join(out, 'poppler-1.png');
    // 50 dpi: the block is at 150..1090 × 300..1200 px of 150 dpi, so 50..363 × 100..400 here.
    expect(inkIn(png, { x: 70, y: 120, w: 270, h: 260 })).toBeGreaterThan(0.99);
    // Above the block, where the invisible text lies: white.
    expect(inkIn(png, { x: 10, y: 10, w: 180, h: 80 })).toBe(0);
  });

  it('renders through Ghostscript, as cups-pdf does, with no error for the font it does not embed', async () => {
    const file = await writePdf(sheets, 'three-sheets.pdf');
    const png = join(out, 'gs-%d.png');
    const r = run('gs', [
      '-q',
      '-dNOPAUSE',
      '-dBATCH',
      '-dSAFER',
      '-sDEVICE=png16m',
      '-r50',
      `-sOutputFile=${png}`,
      file,
    ]);
    expect(r.status).toBe(0);
    expect(r.stdout + r.stderr).not.toMatch(/error/i);
    expect(inkIn(join(out, 'gs-1.png'), { x: 70, y: 120, w: 270, h: 260 })).toBeGreaterThan(0.99);
    expect(inkIn(join(out, 'gs-3.png'), { x: 10, y: 10, w: 180, h: 80 })).toBe(0);
  });

  it('passes each JPEG through byte for byte', async () => {
    const bytes = Buffer.from(await sheetPdf(sheets.slice(0, 1)).arrayBuffer());
    const jpeg = Buffer.from(await blue.arrayBuffer());
    expect(bytes.indexOf(jpeg)).toBeGreaterThan(0);
  });
});

describe('splitForUpload', () => {
  const jpeg = new Blob([new Uint8Array(100_000)]);
  const sheets = Array.from({ length: 10 }, (_, i) => ({ jpeg, widthPx: 1240, heightPx: 1754, text: `${SITE} ${i}` }));

  it('keeps every part’s PDF under the cap, sheets in order', async () => {
    const cap = 350_000;
    const parts = splitForUpload(sheets, cap);
    expect(parts.map((p) => p.length)).toEqual([3, 3, 3, 1]);
    expect(parts.flat()).toEqual(sheets);
    for (const part of parts) expect(sheetPdf(part).size).toBeLessThanOrEqual(cap);
    expect(sheetPdfBytes(sheets[0]!)).toBeGreaterThan(100_000);
  });

  it('refuses a sheet that alone is over the cap', () => {
    expect(() => splitForUpload(sheets, 50_000)).toThrow(SheetTooLargeError);
  });
});
