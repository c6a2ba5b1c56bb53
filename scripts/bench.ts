// `npm run bench [-- --only NAME[,NAME…]] [--no-build] [--runs N] [--smoke] [--app DIR]`: builds the kiosk, measures DESIGN.md's performance rows in headless Chromium, prints the table.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { measureColdStart, type ColdStartResult } from './bench/cold-start.ts';
import { measureFirstPdfPage, type FirstPdfPageResult } from './bench/first-pdf-page.ts';
import { measureFloorRows } from './bench/floor-bench.ts';
import { measureDeltaUpdate, measureUsbImport, prepareImportInputs } from './bench/import-bench.ts';
import { lighthouseRows, measureLighthouse } from './bench/lighthouse-bench.ts';
import { measurePack } from './bench/pack-bench.ts';
import { measurePrintJob } from './bench/print-bench.ts';
import { longestDemoPdf, startKiosk, type StartedKiosk } from './bench/kiosk.ts';
import { buildReference, placeDocument, referenceUpToDate } from './bench/reference-build.ts';
import { coldStartRow, firstPdfPageRow, formatTable, initialJsRow, type Row } from './bench/report.ts';
import { delivered, sizeScripts } from './bench/script-log.ts';
import { measureSearch, searchRows } from './bench/search-bench.ts';
import { runSoak, soakRow } from './bench/soak.ts';
import { measurePaging } from './bench/paging-bench.ts';
import { measureDocHeap } from './bench/viewer-bench.ts';
import { serveFolder } from './bench/static-server.ts';
import { chromiumArgs, chromiumFound, chromiumPath } from './chromium-path.ts';

const rowNames = [
  'cold-start',
  'initial-js',
  'first-pdf-page',
  'doc-heap',
  'pdf-paging',
  'print-job',
  'soak',
  'pack',
  'search',
  'usb-import',
  'delta-update',
  'lighthouse',
  'floor',
] as const;
type RowName = (typeof rowNames)[number];

// DESIGN.md, "Performance goals".
const goals = { coldStartMs: 400, initialJsBytes: 60 * 1024, firstPdfPageRatio: 0.8 };

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    runs: { type: 'string' },
    touches: { type: 'string' },
    smoke: { type: 'boolean', default: false },
    app: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(
    `usage: npm run bench -- [--only ${rowNames.join('|')}[,…]] [--no-build] [--runs N] [--touches N (soak, default 10000)]\n` +
      '  --smoke    every row on tiny inputs, a few seconds each: checks each row still produces its figures (npm test)\n' +
      '  --app DIR  measure the kiosk already built in DIR (e.g. dist) instead of building one',
  );
  process.exit(0);
}
const onlyRows = values.only?.split(',').map((name) => name.trim());
if (onlyRows && !onlyRows.every((name) => rowNames.includes(name as RowName))) {
  console.error(`--only takes one or more (comma-separated) of: ${rowNames.join(', ')}`);
  process.exit(2);
}
if (!chromiumFound()) {
  console.error(`No Chromium at ${chromiumPath}: install it (apt-get install chromium) or set CHROMIUM_PATH.`);
  process.exit(2);
}
const wanted = (name: RowName) => !onlyRows || onlyRows.includes(name);
const runs = values.runs === undefined ? undefined : Number(values.runs);
if (runs !== undefined && !(Number.isInteger(runs) && runs >= 1)) {
  console.error('--runs takes a whole number of at least 1');
  process.exit(2);
}
const loadAtStart = loadavg()[0]!;
const smoke = values.smoke;

/**
 * How much each row does. The smoke runs every row on tiny inputs so that a row the product has outgrown (a changed
 * hook, screen or format) fails `npm test` at once instead of going unmeasured: its figures check that the row works,
 * they are no measurement.
 */
const size = smoke
  ? {
      coldStartRuns: 1,
      firstPageRuns: 1,
      docHeap: { opens: 4, early: 2 },
      pagingPages: 4,
      print: { runs: 1, pages: 2 },
      soak: { touches: 30, idleEvery: 15, firstSample: 10 },
      pack: { documents: 10, bytes: 2 * 2 ** 20 },
      search: { documents: 300, flexBudgetMs: 3000 },
      import: { documents: 20, fileBytes: 16 * 1024 },
      lighthouse: { screens: ['home'] as const, withPerformance: false },
      floor: { runs: 1, queries: 1, separateNoFloorBuild: false },
    }
  : {
      coldStartRuns: 20,
      firstPageRuns: 9,
      docHeap: { opens: 200, early: 10 },
      pagingPages: 350,
      print: { runs: 3, pages: 20 },
      soak: { touches: 10_000, idleEvery: 250, firstSample: 100 },
      pack: { documents: 1000, bytes: 300 * 2 ** 20 },
      search: { documents: 20_000, flexBudgetMs: 240_000 },
      import: { documents: 1000, fileBytes: 300 * 1024 },
      lighthouse: { screens: ['home', 'doc'] as const, withPerformance: true },
      floor: { runs: 9, queries: 2, separateNoFloorBuild: true },
    };

const root = join(import.meta.dirname, '..');
const cache = join(root, '.bench-cache');
const appDir = join(cache, 'app');
const referenceDir = join(cache, 'reference');
mkdirSync(cache, { recursive: true });
const benchStart = Date.now();
const log = (line: string) => console.log(`[${((Date.now() - benchStart) / 1000).toFixed(0).padStart(4)} s] ${line}`);

// Its own output folder, so a bench never swaps dist/ under a running `npm start` or e2e run (rows add files to it).
if (values.app) {
  const built = resolve(values.app);
  if (!existsSync(join(built, 'index.html'))) {
    console.error(`--app ${values.app}: no index.html there (npm run build makes dist/)`);
    process.exit(2);
  }
  log(`copying the kiosk built in ${values.app} (→ .bench-cache/app)`);
  rmSync(appDir, { recursive: true, force: true });
  cpSync(built, appDir, { recursive: true });
} else if (!values['no-build'] || !existsSync(join(appDir, 'index.html'))) {
  log('building the kiosk (vite build → .bench-cache/app)');
  const build = spawnSync(join(root, 'node_modules/.bin/vite'), ['build', '--outDir', appDir, '--emptyOutDir'], {
    cwd: root,
    encoding: 'utf8',
  });
  writeFileSync(join(cache, 'build.log'), `${build.stdout}\n${build.stderr}`);
  if (build.status !== 0) {
    console.error(`vite build failed (see .bench-cache/build.log):\n${build.stderr}`);
    process.exit(1);
  }
}
if (!existsSync(join(appDir, 'demo-package/catalogue.json'))) {
  console.error('The build has no demo-package/: public/demo-package is missing (npm run demo-content makes it).');
  process.exit(1);
}
const doc = longestDemoPdf(appDir);
if (wanted('first-pdf-page') && !referenceUpToDate(referenceDir)) {
  log('building the PDFViewer reference page (→ .bench-cache/reference)');
  await buildReference(referenceDir);
}
if (wanted('first-pdf-page')) placeDocument(referenceDir, doc.file);

const app = await serveFolder(appDir);
const reference = await serveFolder(referenceDir);
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const chromiumVersion = browser.version();
const rows: Row[] = [];
const raw: Record<string, unknown> = {};

/** Runs one part of the bench (`what`, for the log: the rows by default); a failure becomes rows that say so, and the rest still runs. */
async function attempt<T>(
  names: RowName[],
  measure: () => Promise<T>,
  what = names.join(', '),
): Promise<T | undefined> {
  const started = Date.now();
  try {
    const result = await measure();
    log(`${what}: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return result;
  } catch (e) {
    const message = e instanceof Error ? e.message.split('\n')[0]! : String(e);
    log(`failed: ${message}`);
    for (const name of names)
      rows.push({ name, measured: 'failed', reference: '', goal: '', meets: null, details: [message] });
    return undefined;
  }
}

// Rows that measure in a context of their own do not need the shared kiosk's first start.
const ownContextRows: RowName[] = ['pack', 'search', 'usb-import', 'delta-update', 'pdf-paging', 'lighthouse', 'floor'];
const kioskRows = rowNames.filter((n) => wanted(n) && !ownContextRows.includes(n));
const kiosk: StartedKiosk | undefined =
  kioskRows.length === 0
    ? undefined
    : await attempt(
        kioskRows,
        async () => {
          log('first start: importing the demo package and waiting for the service worker');
          const ready = await startKiosk(browser, app.url, { serviceWorker: true, offline: true });
          log(`first start done in ${Math.round(ready.firstStartMs)} ms; network now off`);
          raw.firstStart = { ms: ready.firstStartMs, scripts: ready.firstStartScripts };
          return ready;
        },
        'first start',
      );
try {
  if (kiosk && (wanted('cold-start') || wanted('initial-js'))) {
    await attempt(['cold-start', 'initial-js'].filter((n) => wanted(n as RowName)) as RowName[], async () => {
      const n = runs ?? size.coldStartRuns;
      log(`cold start: ${n} runs with the service worker stopped, ${n} with it running`);
      const cold: ColdStartResult = await measureColdStart(kiosk, app.url, n);
      raw.coldStart = cold;
      if (wanted('cold-start')) rows.push(coldStartRow(cold, goals.coldStartMs));
      if (!wanted('initial-js')) return;
      // The service worker's own script runs on every cold start; the browser loads it from its store, so no request shows it.
      const scripts = sizeScripts([...delivered(cold.scripts), '/sw.js'], appDir);
      const firstStart = sizeScripts(delivered(kiosk.firstStartScripts), appDir);
      const firstStartOnly = firstStart.filter((s) => !scripts.some((c) => c.path === s.path));
      raw.initialJs = { scripts, firstStartOnly };
      rows.push(initialJsRow(cold, scripts, firstStartOnly, goals.initialJsBytes));
    });
  }

  if (kiosk && wanted('first-pdf-page')) {
    await attempt(['first-pdf-page'], async () => {
      const n = runs ?? size.firstPageRuns;
      log(
        `first PDF page of ${doc.id} (${doc.pages} pages): ${n} runs each of ours, the PDFViewer reference, ours fresh`,
      );
      const screens = { ours: join(cache, 'first-page-ours.png'), reference: join(cache, 'first-page-reference.png') };
      const urls = { app: app.url, reference: reference.url };
      const pdf: FirstPdfPageResult = await measureFirstPdfPage(browser, kiosk, urls, doc, n, screens);
      const referenceJs = sizeScripts(
        pdf.reference.flatMap((r) => r.scripts),
        referenceDir,
      );
      raw.firstPdfPage = { doc: { id: doc.id, pages: doc.pages }, ...pdf, referenceJs, screenshots: screens };
      rows.push(firstPdfPageRow(pdf, referenceJs, goals.firstPdfPageRatio));
    });
  }

  if (kiosk && wanted('doc-heap')) {
    await attempt(['doc-heap'], async () => {
      log(`doc-heap: ${size.docHeap.opens} documents opened one after another`);
      rows.push(await measureDocHeap(kiosk.context, app.url, appDir, size.docHeap));
    });
  }

  if (wanted('pdf-paging')) {
    await attempt(['pdf-paging'], async () => {
      log(`pdf-paging: a ${size.pagingPages}-page PDF from the first page to the last`);
      rows.push(await measurePaging(browser, app.url, appDir, size.pagingPages));
    });
  }

  if (kiosk && wanted('print-job')) {
    await attempt(['print-job'], async () => {
      const n = runs ?? size.print.runs;
      log(`print job: ${n} runs of a ${size.print.pages}-page job of ${doc.id}`);
      rows.push(await measurePrintJob(kiosk, app.url, doc, n, size.print.pages));
    });
  }

  if (wanted('floor')) {
    // Rows floor-* (the floor build beside one without it) and chromium-90 (the floor build there, on its own).
    await attempt(['floor'], async () => {
      const n = runs ?? size.floor.runs;
      const result = await measureFloorRows(
        browser,
        { url: app.url, dir: appDir },
        doc,
        { ...size.floor, runs: n },
        { root, cache },
        log,
        // The smoke has no second build to compare: the floor build's runs go in the kiosk already started, before the
        // soak puts a fake clock in its context.
        smoke ? kiosk : undefined,
      );
      raw.floor = result.raw;
      rows.push(...result.rows);
    });
  }

  if (kiosk && wanted('soak')) {
    await attempt(['soak'], async () => {
      const touches = Number(values.touches ?? size.soak.touches);
      const { idleEvery, firstSample } = size.soak;
      log(`soak: ${touches} random touches across the screens, an idle wipe every ${idleEvery}`);
      const result = await runSoak(kiosk.context, app.url, { touches, idleEvery, firstSample, log });
      raw.soak = result;
      rows.push(soakRow(result));
    });
  }

  if (wanted('lighthouse')) {
    // Rows lighthouse-home and -doc: in a browser of its own, which Lighthouse drives through its DevTools port.
    await attempt(['lighthouse'], async () => {
      const { screens, withPerformance } = size.lighthouse;
      const results = await measureLighthouse(app.url, doc.id, log, [...screens], withPerformance);
      raw.lighthouse = results;
      rows.push(...lighthouseRows(results));
    });
  }

  if (wanted('search')) {
    // Rows search-query, -index, -build, -load: a generated 20,000-document catalogue, ours beside a naive scan and FlexSearch.
    await attempt(['search'], async () => {
      const { documents, flexBudgetMs } = size.search;
      const result = await measureSearch(browser, cache, documents, log, flexBudgetMs);
      raw.search = { ...result, queries: result.queries.length };
      rows.push(...searchRows(result));
    });
  }

  if (wanted('usb-import') || wanted('delta-update')) {
    // A generated 1,000-document package (~300 MB): from a USB zip, then a delta with 10 documents changed.
    const inputs = await attempt(
      ['usb-import', 'delta-update'].filter((n) => wanted(n as RowName)) as RowName[],
      () => {
        log(`import rows: generating (once) ${size.import.documents} documents in .bench-cache/`);
        return prepareImportInputs(cache, size.import);
      },
      'import inputs',
    );
    if (inputs && wanted('usb-import'))
      await attempt(['usb-import'], async () => void rows.push(await measureUsbImport(browser, app.url, inputs)));
    if (inputs && wanted('delta-update'))
      await attempt(['delta-update'], async () => void rows.push(await measureDeltaUpdate(browser, appDir, inputs)));
  }
} finally {
  await kiosk?.close();
  await browser.close();
  await app.close();
  await reference.close();
}

// After the browser has closed, so pack has the machine to itself.
if (wanted('pack')) {
  await attempt(['pack'], async () => {
    rows.push(await measurePack(root, cache, log, size.pack));
  });
}

// The bench keeps both cores busy itself, so only the load before it started says whether something else was running.
const header = [
  `Chayue bench${smoke ? ' SMOKE' : ''}: headless Chromium ${chromiumVersion}, 1920×1080 at DPR 1, ${cpus().length} cores, ` +
    `${((Date.now() - benchStart) / 1000).toFixed(0)} s; load average ${loadAtStart.toFixed(1)} before it started`,
  ...(smoke
    ? ['Smoke: every row on tiny inputs, to show each still produces its figures; they are not measurements.']
    : loadAtStart > cpus().length / 2
      ? ['Other work was running on this machine: timings are inflated and noisy; rerun when it is idle.']
      : []),
].join('\n');
// A row that ran but could not compute a figure (an empty list of runs, a missing mark) is as broken as one that threw.
for (const row of rows) {
  if (row.measured !== 'failed' && /NaN|undefined|Infinity/.test(`${row.measured} ${row.reference}`)) {
    row.details.unshift(`failed: no figure in "${row.measured}" / "${row.reference}"`);
    row.measured = 'failed';
  }
  // Tiny inputs say nothing about the goals.
  if (smoke) row.meets = null;
}
const table = formatTable(rows, header);
const resultsFile = smoke ? 'results-smoke.json' : 'results.json';
writeFileSync(
  join(cache, resultsFile),
  JSON.stringify({ date: new Date().toISOString(), header, goals, rows, raw }, null, 2),
);
console.log(
  `\n${table}\n\nRaw runs: .bench-cache/${resultsFile}; screenshots of both first pages: .bench-cache/first-page-*.png`,
);
const failed = rows.filter((r) => r.measured === 'failed').map((r) => r.name);
if (failed.length) console.error(`\nbench: ${failed.length} row(s) failed: ${failed.join(', ')}`);
process.exitCode = failed.length ? 1 : 0;
