// Bench rows for taking packages: a 1,000-document (~300 MB) zip from USB, and a delta update over the network.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { addText, writePackage, type PackageInput } from '../lib/package-writer.ts';
import { DEMO_DOMAINS, type CatalogueDocument, type Manifest } from '../../src/shared/package-format.ts';
import { contextOptions } from './kiosk.ts';
import type { Row } from './report.ts';
import { serveFolder } from './static-server.ts';
import { round } from './stats.ts';

const CHANGED = 10;
const STAFF_PIN = '24681357';

/** How many documents of how many bytes: 1,000 of 300 KB for the rows, a few small ones in the smoke. */
export interface ImportSize {
  documents: number;
  fileBytes: number;
}
const fullSize: ImportSize = { documents: 1000, fileBytes: 300 * 1024 };

/** Writes a package of `size.documents`; `edition` per document decides which files differ between versions. */
async function makeBigPackage(
  dir: string,
  version: number,
  changed: Set<number>,
  fileBytes: Map<string, Uint8Array>,
  size: ImportSize,
) {
  const files: PackageInput['files'] = new Map();
  const documents: CatalogueDocument[] = [];
  for (let i = 0; i < size.documents; i++) {
    const edition = changed.has(i) ? version : 1;
    const path = `files/${String(i).padStart(4, '0')}-e${edition}.pdf`;
    // Random bytes stand in for PDFs: they do not compress, and the import does not parse them.
    if (!fileBytes.has(path)) fileBytes.set(path, randomBytes(size.fileBytes));
    files.set(path, { bytes: fileBytes.get(path)!, type: 'application/pdf' });
    const text = `云溪县第 ${i} 号文件，第 ${edition} 版。`.repeat(60);
    documents.push({
      id: `b-${i}`,
      indexNo: `11530425/2026-${String(i).padStart(5, '0')}`,
      title: `基准测试文件 ${i}`,
      publisher: '云溪县人民政府办公室',
      docNo: '',
      writtenDate: '',
      publishDate: '2026-03-05',
      topics: [],
      domain: DEMO_DOMAINS[i % 13]!.key,
      genre: '通知',
      disclosure: '主动公开',
      scope: '面向全社会',
      validity: '有效',
      keywords: [],
      summary: '',
      files: [{ path, type: 'application/pdf' }],
      textPath: addText(files, text),
      related: [],
    });
  }
  await writePackage(dir, {
    packageId: BENCH_PACKAGE_ID,
    version,
    publisher: '云溪县人民政府办公室',
    title: '基准测试包',
    created: '2026-11-01T00:00:00.000Z',
    catalogue: { domains: DEMO_DOMAINS, documents },
    files,
  });
}

// The demo package's id: a terminal takes only the package its config names, and the bench's terminals (the USB import
// on the default site, the delta update on a copy of its config) stand in for a terminal following the demo.
const BENCH_PACKAGE_ID = 'yunxi-demo';

interface BigInputs {
  base: string;
  delta: string;
  zip: string;
  documents: number;
}

/** Generated once and kept in .bench-cache/import-input: version 2 (also zipped) and version 3 with 10 documents changed. */
export async function prepareImportInputs(cache: string, size = fullSize): Promise<BigInputs> {
  const small = size.documents < fullSize.documents;
  const root = join(cache, small ? 'import-input-small' : 'import-input');
  const inputs = {
    base: join(root, 'v2'),
    delta: join(root, 'v3'),
    zip: join(root, 'v2.zip'),
    documents: size.documents,
  };
  // The id is part of what was generated: packages cached under another id would now be refused.
  const made = JSON.stringify({ ...size, packageId: BENCH_PACKAGE_ID });
  if (existsSync(join(root, 'done')) && readFileSync(join(root, 'done'), 'utf8') === made) return inputs;
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const bytes = new Map<string, Uint8Array>();
  await makeBigPackage(inputs.base, 2, new Set(), bytes, size);
  // Spread over the catalogue (every 97th of 1,000), and within it however small.
  const step = Math.max(1, Math.min(97, Math.floor(size.documents / CHANGED)));
  await makeBigPackage(inputs.delta, 3, new Set(Array.from({ length: CHANGED }, (_, i) => i * step)), bytes, size);
  const manifest = JSON.parse(readFileSync(join(inputs.base, 'manifest.json'), 'utf8')) as Manifest;
  const entries: Record<string, Uint8Array> = { 'manifest.json': readFileSync(join(inputs.base, 'manifest.json')) };
  for (const f of manifest.files) entries[f.path] = readFileSync(join(inputs.base, f.path));
  // Stored, not deflated: PDFs barely compress, and staff zip tools usually store them.
  writeFileSync(inputs.zip, zipSync(entries, { level: 0 }));
  writeFileSync(join(root, 'done'), made);
  return inputs;
}

/** JS heap of the page and every worker it runs (the import worker), summed, via DevTools. */
async function heapSampler(browser: Browser, page: Page) {
  const pageCdp = await page.context().newCDPSession(page);
  const browserCdp = await browser.newBrowserCDPSession();
  let nextId = 1;
  const pending = new Map<number, (used: number) => void>();
  browserCdp.on('Target.receivedMessageFromTarget', (event: { message: string }) => {
    const message = JSON.parse(event.message) as { id?: number; result?: { usedSize: number } };
    if (message.id !== undefined) pending.get(message.id)?.(message.result?.usedSize ?? 0);
  });
  const sessions = new Map<string, string>();
  let peak = 0;
  const sample = async () => {
    let total = ((await pageCdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
    const { targetInfos } = (await browserCdp.send('Target.getTargets')) as {
      targetInfos: { targetId: string; type: string }[];
    };
    for (const target of targetInfos.filter((t) => t.type === 'worker')) {
      if (!sessions.has(target.targetId)) {
        const attached = (await browserCdp.send('Target.attachToTarget', {
          targetId: target.targetId,
          flatten: false,
        })) as { sessionId: string };
        sessions.set(target.targetId, attached.sessionId);
      }
      const id = nextId++;
      const used = new Promise<number>((resolve) => {
        pending.set(id, resolve);
        setTimeout(() => resolve(0), 1000);
      });
      await browserCdp
        .send('Target.sendMessageToTarget', {
          sessionId: sessions.get(target.targetId)!,
          message: JSON.stringify({ id, method: 'Runtime.getHeapUsage' }),
        })
        .catch(() => undefined);
      total += await used;
    }
    peak = Math.max(peak, total);
  };
  let running = true;
  const loop = (async () => {
    while (running) {
      await sample().catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return peak;
    },
  };
}

async function openConsole(page: Page, url: string) {
  await page.goto(url);
  await page.locator('[data-testid="home"], [data-testid="pin-pad"]').first().waitFor({ timeout: 600_000 });
  await page.evaluate(() => (location.hash = '#/admin'));
  for (const digit of STAFF_PIN)
    await page.getByTestId('pin-pad').getByRole('button', { name: digit, exact: true }).click();
  await page.getByRole('button', { name: '确定' }).click();
  await page.getByTestId('admin-console').waitFor({ timeout: 30_000 });
}

export async function measureUsbImport(browser: Browser, appUrl: string, inputs: BigInputs): Promise<Row> {
  const context = await browser.newContext({ ...contextOptions, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await openConsole(page, appUrl);
    const heap = await heapSampler(browser, page);
    const started = Date.now();
    await page.getByTestId('usb-zip').setInputFiles(inputs.zip);
    await page.getByTestId('admin-result').waitFor({ timeout: 600_000 });
    const seconds = (Date.now() - started) / 1000;
    const peak = await heap.stop();
    const result = await page.getByTestId('admin-result').textContent();
    const mb = readFileSync(inputs.zip).byteLength / 1024 / 1024;
    return {
      name: 'usb-import',
      measured: `${round(seconds)} s, peak JS heap ${round(peak / 1024 / 1024)} MB`,
      reference: '',
      goal: '≤ 60 s, ≤ 200 MB',
      meets: seconds <= 60 && peak <= 200 * 1024 * 1024,
      details: [
        `${inputs.documents} documents, ${round(mb)} MB zip (stored), picked in the staff console; from the pick to the result line: "${result}"`,
        'Heap: page + import worker, sampled every 200 ms through DevTools (Runtime.getHeapUsage).',
      ],
    };
  } finally {
    await context.close();
  }
}

/** Serves a folder and counts the bytes it sends, so the delta row measures what really crossed the network. */
async function countingServer(rootRef: { dir: string }) {
  let bytes = 0;
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '');
    res.setHeader('Access-Control-Allow-Origin', '*');
    try {
      const body = readFileSync(join(rootRef.dir, path));
      bytes += body.byteLength;
      res.writeHead(200, { 'Content-Length': body.byteLength });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    take: () => bytes,
    reset: () => void (bytes = 0),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export async function measureDeltaUpdate(browser: Browser, appDir: string, inputs: BigInputs): Promise<Row> {
  const rootRef = { dir: inputs.base };
  const packages = await countingServer(rootRef);
  const defaults = JSON.parse(readFileSync(join(appDir, 'kiosk-config/default.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  writeFileSync(
    join(appDir, 'kiosk-config/bench-delta.json'),
    JSON.stringify({ ...defaults, contentUrl: packages.url, updateIntervalMinutes: 600 }),
  );
  const app = await serveFolder(appDir);
  const context = await browser.newContext({ ...contextOptions, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await openConsole(page, `${app.url}?site=bench-delta`);
    rootRef.dir = inputs.delta;
    packages.reset();
    await page.getByRole('button', { name: '检查更新' }).click();
    await page.getByTestId('admin-result').waitFor({ timeout: 600_000 });
    const fetched = packages.take();
    const base = JSON.parse(readFileSync(join(inputs.base, 'manifest.json'), 'utf8')) as Manifest;
    const next = JSON.parse(readFileSync(join(inputs.delta, 'manifest.json'), 'utf8')) as Manifest;
    const held = new Set(base.files.map((f) => f.sha256));
    const changedFiles = next.files.filter((f) => !held.has(f.sha256));
    // The new manifest is itself a changed file: it has to cross the network once.
    const changed =
      changedFiles.reduce((sum, f) => sum + f.size, 0) + readFileSync(join(inputs.delta, 'manifest.json')).byteLength;
    const ratio = fetched / changed;
    return {
      name: 'delta-update',
      measured: `${round(ratio, 3)} × changed bytes`,
      reference: '',
      goal: '≤ 1.05',
      meets: ratio <= 1.05,
      details: [
        `${CHANGED} of ${inputs.documents} documents changed: ${changedFiles.length} files (catalogue.json included) + manifest, ${round(changed / 1024 / 1024, 2)} MB;`,
        `  fetched ${round(fetched / 1024 / 1024, 2)} MB, counted by the package server.`,
      ],
    };
  } finally {
    await context.close();
    await app.close();
    await packages.close();
    rmSync(join(appDir, 'kiosk-config/bench-delta.json'), { force: true });
  }
}
