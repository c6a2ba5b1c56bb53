// Row pdf-paging: a 350-page PDF (fewer in the smoke) read from the first page to the last with the next-page button: time per page, peak heap.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { minimalPdf } from '../lib/minimal-pdf.ts';
import { addText, writePackage, type PackageInput } from '../lib/package-writer.ts';
import { DEMO_DOMAINS, type CatalogueDocument } from '../../src/shared/package-format.ts';
import { contextOptions } from './kiosk.ts';
import type { Row } from './report.ts';
import { median, ms, percentile } from './stats.ts';

const SITE = 'bench-paging';

/** A one-document package beside the app (same origin, so no CORS), and a site config that follows it. */
async function placeLongPackage(appDir: string, pages: number): Promise<() => void> {
  const folder = join(appDir, SITE);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const files: PackageInput['files'] = new Map();
  const lines = Array.from({ length: pages }, (_, i) => [
    `第 ${i + 1} 页`,
    '云溪县政府信息公开长文件，逐页翻阅的时间和内存。'.repeat(2),
  ]);
  files.set('files/long.pdf', { bytes: minimalPdf({ pages: lines, encoding: 'to-unicode' }), type: 'application/pdf' });
  const doc: CatalogueDocument = {
    id: 'long',
    indexNo: '11532602/2026-99999',
    title: `${pages} 页的长文件`,
    publisher: '云溪县人民政府办公室',
    docNo: '',
    writtenDate: '',
    publishDate: '2026-01-01',
    topics: [],
    domain: 'environment',
    genre: '报告',
    disclosure: '主动公开',
    scope: '面向全社会',
    validity: '有效',
    keywords: [],
    summary: '',
    related: [],
    files: [{ path: 'files/long.pdf', type: 'application/pdf', pages: pages }],
    textPath: '',
  };
  doc.textPath = addText(files, doc.title);
  await writePackage(folder, {
    packageId: SITE,
    version: 1,
    publisher: '云溪县',
    title: '翻页测试',
    catalogue: { domains: DEMO_DOMAINS, documents: [doc] },
    files,
  });
  const config = join(appDir, `kiosk-config/${SITE}.json`);
  const defaults = JSON.parse(readFileSync(join(appDir, 'kiosk-config/default.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  writeFileSync(
    config,
    JSON.stringify({ ...defaults, contentUrl: `./${SITE}/`, packageId: SITE, updateIntervalMinutes: 600 }),
  );
  return () => {
    rmSync(folder, { recursive: true, force: true });
    rmSync(config, { force: true });
  };
}

export async function measurePaging(browser: Browser, appUrl: string, appDir: string, pages = 350): Promise<Row> {
  const cleanUp = await placeLongPackage(appDir, pages);
  const context = await browser.newContext({ ...contextOptions, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(`${appUrl}?site=${SITE}`);
    await page.getByTestId('home').waitFor({ timeout: 120_000 });
    await page.evaluate(() => (location.hash = '#/doc/long'));
    const painted = (n: number) =>
      page
        .locator(`[data-testid="doc-page"][data-page="${n}"][data-rendered="true"]`)
        .first()
        .waitFor({ timeout: 30_000 });
    await painted(1);
    const cdp = await context.newCDPSession(page);
    const heap = async () => ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
    const next = page.getByRole('button', { name: /下一页/ });
    const times: number[] = [];
    let peak = await heap();
    for (let n = 2; n <= pages; n++) {
      const start = performance.now();
      await next.click();
      await painted(n);
      times.push(performance.now() - start);
      if (n % 25 === 0) peak = Math.max(peak, await heap());
    }
    const mb = (b: number) => `${(b / 2 ** 20).toFixed(1)} MB`;
    return {
      name: 'pdf-paging',
      measured: `${ms(median(times))} median, ${ms(percentile(times, 95))} p95 per page; peak heap ${mb(peak)}`,
      reference: '',
      goal: '',
      meets: null,
      details: [
        `${pages}-page PDF (Chinese text, ToUnicode font) read with the next-page button, tap to page painted; heap of the page sampled every 25 pages (pdf.js's worker apart).`,
      ],
    };
  } finally {
    await context.close();
    cleanUp();
  }
}
