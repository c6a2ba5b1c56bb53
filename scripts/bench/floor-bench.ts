// Rows floor-* and chromium-90: what the Chromium 90 floor costs (cold start, first PDF page, search key to results),
// the floor build beside the same code built without it, both on Debian's Chromium, then the floor build on Chromium 90.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumArgs } from '../chromium-path.ts';
import { ensureOldChromium } from '../old-chromium.ts';
import { measureColdStart, type ColdStartRun } from './cold-start.ts';
import { oursImported, type PdfRun } from './first-pdf-page.ts';
import { serveFolder } from './static-server.ts';
import { startKiosk, type DemoPdf, type StartedKiosk } from './kiosk.ts';
import type { Row } from './report.ts';
import { delivered, sizeScripts, type SizedScript } from './script-log.ts';
import { kb, median, ms, percentile, round } from './stats.ts';

/** The query a resident types on the on-screen keyboard, one key at a time, as in e2e/search.spec.ts. */
const KEYS = ['2', '0', '2', '4', 'space', 'c', 'z', 'y', 's'];
const MAX_RATIO = 1.1;

export interface FloorSide {
  /** Cold starts with the service worker stopped first (the cold-start row's figure). */
  coldStart: ColdStartRun[];
  firstPage: PdfRun[];
  /** One key's pointerdown to the first frame showing the results for the query it made, every key of every run. */
  keyMs: number[];
  /** Scripts the cold starts loaded, sized from the build. */
  initialJs: SizedScript[];
}

export interface FloorSizes {
  runs: number;
  /** How many times the whole query is typed per run. */
  queries: number;
  /**
   * False in the smoke: the floor build stands in for the build without it, which would take a minute of `npm test`
   * to build for a figure the smoke does not keep (the row's own code still runs on both sides).
   */
  separateNoFloorBuild: boolean;
}

/**
 * Builds the kiosk without the floor (vite.config.ts with CHAYUE_BUILD=no-floor: es2022, pdf.js's modern build, no
 * polyfills) into `outDir`; the bench's usual build is the floor build.
 */
export function buildWithoutFloor(root: string, outDir: string, logFile: string): void {
  const build = spawnSync(join(root, 'node_modules/.bin/vite'), ['build', '--outDir', outDir, '--emptyOutDir'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CHAYUE_BUILD: 'no-floor' },
  });
  writeFileSync(logFile, `${build.stdout}\n${build.stderr}`);
  if (build.status !== 0) throw new Error(`the build without the floor failed (see ${logFile})`);
}

export interface KioskBuild {
  url: string;
  dir: string;
}

/**
 * Each build in `builds` in one browser, a kiosk that did its first start for each, run by run in turn so that drift
 * on a busy machine hits all alike: the floor beside no floor on Debian's Chromium, or the floor alone on Chromium 90.
 * A build given a kiosk in `started` runs there (the caller closes it) instead of a first start of its own.
 */
export async function measureBuilds<Name extends string>(
  browser: Browser,
  builds: Record<Name, KioskBuild>,
  doc: DemoPdf,
  sizes: FloorSizes,
  started: Partial<Record<Name, StartedKiosk>> = {},
): Promise<Record<Name, FloorSide>> {
  const names = Object.keys(builds) as Name[];
  const kiosks: StartedKiosk[] = [];
  const own: StartedKiosk[] = [];
  try {
    for (const name of names) {
      const given = started[name];
      const kiosk = given ?? (await startKiosk(browser, builds[name].url, { serviceWorker: true, offline: true }));
      if (!given) own.push(kiosk);
      kiosks.push(kiosk);
    }
    const runs = names.map(() => [] as OneRun[]);
    for (let i = 0; i < sizes.runs; i++)
      for (const [k, name] of names.entries())
        runs[k]!.push(await oneRun(kiosks[k]!, builds[name].url, doc, sizes.queries));
    return Object.fromEntries(names.map((name, k) => [name, sideOf(runs[k]!, builds[name].dir)])) as Record<
      Name,
      FloorSide
    >;
  } finally {
    for (const kiosk of own) await kiosk.close();
  }
}

/** A build's runs put together; its initial JS is every script its cold starts loaded, sized from its folder. */
function sideOf(runs: OneRun[], dir: string): FloorSide {
  return {
    coldStart: runs.flatMap((r) => r.coldStart),
    firstPage: runs.flatMap((r) => r.firstPage),
    keyMs: runs.flatMap((r) => r.keyMs),
    initialJs: sizeScripts([...new Set(runs.flatMap((r) => r.scripts))], dir),
  };
}

type OneRun = Omit<FloorSide, 'initialJs'> & { scripts: string[] };

async function oneRun(kiosk: StartedKiosk, url: string, doc: DemoPdf, queries: number): Promise<OneRun> {
  const cold = await measureColdStart(kiosk, url, 1);
  const firstPage = await oursImported(kiosk, url, doc);
  const keyMs = await typeQueries(kiosk, url, queries);
  return {
    coldStart: cold.runs.filter((r) => r.serviceWorker === 'stopped'),
    firstPage: [firstPage],
    keyMs,
    // Initial JS: what the cold start (to the browse list) loaded, as the initial-js row counts it.
    scripts: [...delivered(cold.scripts), '/sw.js'],
  };
}

// Plain JavaScript: tsx would wrap named functions in a helper the page does not have. Resolves with the time from the
// next pointerdown to the first frame after the results show `expected` (the results list's data-query).
const keyProbe = (expected: string) => `new Promise((resolve) => {
  let down;
  const results = () => document.querySelector('[data-testid="search-results"]');
  addEventListener('pointerdown', (e) => { down = e.timeStamp; }, { capture: true, once: true });
  const observer = new MutationObserver(() => {
    const list = results();
    if (down === undefined || !list || list.getAttribute('data-query') !== ${JSON.stringify(expected)}) return;
    observer.disconnect();
    requestAnimationFrame(() => resolve(performance.now() - down));
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-query'] });
})`;

/** Opens the search screen in a new page and types the query `queries` times (clearing between), timing every key. */
async function typeQueries(kiosk: StartedKiosk, url: string, queries: number): Promise<number[]> {
  const page = await kiosk.newPage();
  try {
    await page.goto(`${url}#/search`);
    // The index is read when the screen opens: the first key must not time that wait.
    await page.locator('[data-testid="search-results"][data-query=""]').waitFor({ timeout: 60_000 });
    const times: number[] = [];
    for (let q = 0; q < queries; q++) {
      let typed = '';
      for (const key of KEYS) {
        typed = key === 'space' ? `${typed} ` : typed + key;
        times.push(await timeKey(page, key, typed));
      }
      await page.locator('[data-key="clear"]').tap();
      await page.locator('[data-testid="search-results"][data-query=""]').waitFor();
    }
    return times;
  } finally {
    await page.close();
  }
}

async function timeKey(page: Page, key: string, expected: string): Promise<number> {
  // The probe goes in first and is awaited after the tap: the promise lives in the page meanwhile.
  await page.evaluate(`(() => { window.__keyTime = ${keyProbe(expected)}; })()`);
  await page.locator(`[data-key="${key}"]`).tap();
  return page.evaluate('window.__keyTime') as Promise<number>;
}

const spread = (values: number[]) => `${ms(median(values))} median, ${ms(percentile(values, 95))} p95`;
const gzip = (scripts: SizedScript[]) => scripts.reduce((sum, s) => sum + s.gzip, 0);

function besideRow(name: string, what: string, floor: number[], noFloor: number[]): Row {
  const ratio = median(floor) / median(noFloor);
  return {
    name,
    measured: `floor ${ms(median(floor))} median`,
    reference: `no floor ${ms(median(noFloor))}; ratio ${round(ratio, 2)}`,
    goal: `ratio ≤ ${MAX_RATIO}`,
    meets: ratio <= MAX_RATIO,
    details: [
      what,
      `  floor build: ${spread(floor)} (${floor.length} samples); without the floor: ${spread(noFloor)} (${noFloor.length})`,
    ],
  };
}

/** Floor beside no floor, one row per figure, plus what the floor adds to the initial JS. */
export function floorRows(sides: { floor: FloorSide; noFloor: FloorSide }, browserVersion: string): Row[] {
  const { floor, noFloor } = sides;
  const total = (side: FloorSide) => side.coldStart.map((r) => r.totalMs);
  const painted = (side: FloorSide) => side.firstPage.map((r) => r.paintedMs);
  const added = gzip(floor.initialJs) - gzip(noFloor.initialJs);
  return [
    besideRow(
      'floor-cold-start',
      `Both builds on Chromium ${browserVersion}, as the cold-start row: offline, service worker stopped, tiles + tap to the browse list.`,
      total(floor),
      total(noFloor),
    ),
    besideRow(
      'floor-first-pdf-page',
      "As the first-pdf-page row's ours: a new page to the demo's longest PDF, navigation start → page 1 painted. " +
        "The PDFViewer reference of that row is pdf.js's modern build, as the no-floor side here; the kiosk uses the legacy build.",
      painted(floor),
      painted(noFloor),
    ),
    besideRow(
      'floor-search-key',
      `Search screen, keys ${KEYS.join(' ')} tapped one by one: each pointerdown → first frame with that query's results.`,
      floor.keyMs,
      noFloor.keyMs,
    ),
    {
      name: 'floor-initial-js',
      measured: `floor ${kb(gzip(floor.initialJs))} gzipped`,
      reference: `no floor ${kb(gzip(noFloor.initialJs))}; the floor adds ${kb(added)}`,
      goal: '≤ 60.0 KB',
      meets: gzip(floor.initialJs) <= 60 * 1024,
      details: [
        'Scripts the cold starts loaded until the browse list showed, gzipped at level 9 (as the initial-js row):',
        ...floor.initialJs.map((s) => `  floor ${s.path} ${kb(s.gzip)}`),
        ...noFloor.initialJs.map((s) => `  no floor ${s.path} ${kb(s.gzip)}`),
      ],
    },
  ];
}

/** The floor build on an old Chromium, reported on its own: there is nothing to compare it with there. */
export function oneBrowserRow(name: string, side: FloorSide, browserVersion: string): Row {
  const cold = side.coldStart.map((r) => r.totalMs);
  const painted = side.firstPage.map((r) => r.paintedMs);
  return {
    name,
    measured: `cold start ${ms(median(cold))}, first page ${ms(median(painted))}, key ${ms(median(side.keyMs))}`,
    reference: '',
    goal: '',
    meets: null,
    details: [
      `The floor build on Chromium ${browserVersion}, same steps as the floor-* rows:`,
      `  cold start ${spread(cold)}; first PDF page ${spread(painted)}; search key to results ${spread(side.keyMs)}`,
      `  initial JS ${kb(gzip(side.initialJs))} gzipped (${side.initialJs.length} files)`,
    ],
  };
}

/**
 * The floor-* rows and the chromium-90 row in one go: builds the kiosk without the floor beside `floor` (the bench's
 * own build, served at `floor.url`), measures both in `browser`, then the floor build alone on Chromium 90. In the
 * smoke both sides are the floor build in `shared`, the bench's kiosk of it in `browser`: two first starts fewer.
 */
export async function measureFloorRows(
  browser: Browser,
  floor: KioskBuild,
  doc: DemoPdf,
  sizes: FloorSizes,
  paths: { root: string; cache: string },
  log: (line: string) => void,
  shared?: StartedKiosk,
): Promise<{ rows: Row[]; raw: unknown }> {
  let sides: { floor: FloorSide; noFloor: FloorSide };
  if (sizes.separateNoFloorBuild) {
    const dir = join(paths.cache, 'app-no-floor');
    log('floor: building the kiosk without the floor (→ .bench-cache/app-no-floor)');
    buildWithoutFloor(paths.root, dir, join(paths.cache, 'build-no-floor.log'));
    const server = await serveFolder(dir);
    try {
      log(`floor: ${sizes.runs} runs of each build, in turn, on Chromium ${browser.version()}`);
      sides = await measureBuilds(browser, { floor, noFloor: { url: server.url, dir } }, doc, sizes);
    } finally {
      await server.close();
    }
  } else {
    log(`floor: the floor build on both sides (smoke: no build without the floor), on Chromium ${browser.version()}`);
    sides = await measureBuilds(browser, { floor, noFloor: floor }, doc, sizes, { floor: shared, noFloor: shared });
  }
  const rows = floorRows(sides, browser.version());
  log('floor: the floor build on Chromium 90 (unpacked once into .cache/chromium/90)');
  const old = await chromium.launch({ executablePath: await ensureOldChromium(90), args: chromiumArgs });
  try {
    const side = (await measureBuilds(old, { floor }, doc, sizes)).floor;
    rows.push(oneBrowserRow('chromium-90', side, old.version()));
    return { rows, raw: { ...sides, chromium90: side } };
  } finally {
    await old.close();
  }
}
