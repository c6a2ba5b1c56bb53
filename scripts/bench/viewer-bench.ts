// Row doc-heap: the JS heap after opening 200 documents one after another ÷ after 10, at Home after a forced GC.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import type { Catalogue } from '../../src/shared/package-format.ts';
import type { Row } from './report.ts';
import { round } from './stats.ts';

// What a shown document ends with: a painted PDF page, an HTML frame, a picture, or a reason it cannot be shown.
const SHOWN = [
  '[data-testid="doc-page"][data-rendered="true"]',
  '[data-testid="html-document"]',
  '[data-testid="doc-image"]',
  '[data-testid="doc-error"]',
].join(', ');

async function heapAtHome(page: Page, cdp: CDPSession): Promise<number> {
  await page.evaluate(() => (location.hash = '#/'));
  await page.getByTestId('home').waitFor();
  await page.waitForTimeout(500);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
}

/** Opens the demo's documents in catalogue order, round and round, as a busy day of residents would; `early` is the reference. */
export async function measureDocHeap(
  context: BrowserContext,
  appUrl: string,
  appDir: string,
  { opens, early }: { opens: number; early: number } = { opens: 200, early: 10 },
): Promise<Row> {
  const catalogue = JSON.parse(readFileSync(join(appDir, 'demo-package/catalogue.json'), 'utf8')) as Catalogue;
  const ids = catalogue.documents.map((d) => d.id);
  const page = await context.newPage();
  await page.goto(appUrl);
  await page.getByTestId('home').waitFor({ timeout: 120_000 });
  const cdp = await context.newCDPSession(page);
  const heaps: Record<number, number> = {};
  const start = Date.now();
  for (let i = 1; i <= opens; i++) {
    await page.evaluate((hash) => (location.hash = hash), `#/doc/${encodeURIComponent(ids[(i - 1) % ids.length]!)}`);
    await page.locator(SHOWN).first().waitFor({ timeout: 60_000 });
    if (i === early || i === opens) heaps[i] = await heapAtHome(page, cdp);
  }
  await page.close();
  const ratio = heaps[opens]! / heaps[early]!;
  const mb = (b: number) => `${(b / 2 ** 20).toFixed(1)} MB`;
  return {
    name: 'doc-heap',
    measured: `${round(ratio, 2)}× (${mb(heaps[opens]!)} after ${opens})`,
    reference: `${mb(heaps[early]!)} after ${early}`,
    goal: '≤ 1.2×',
    meets: ratio <= 1.2,
    details: [
      `${opens} documents of the demo (${ids.length}, in turn: PDFs, web pages, pictures), each until shown; ${round((Date.now() - start) / 1000, 0)} s.`,
    ],
  };
}
