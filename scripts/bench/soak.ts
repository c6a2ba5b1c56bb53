// The soak: thousands of random touches across every screen, with idle wipes between, sampling heap and DOM for leaks.
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { heapGrowth, heapSummary, type HeapSummary } from './heap-summary.ts';
import type { Row } from './report.ts';
import { round } from './stats.ts';

export interface SoakOptions {
  touches: number;
  /** An idle wipe (warning, board, a touch back to Home) after every this many touches. */
  idleEvery: number;
  /** The touch after which the reference sample is taken (100). */
  firstSample: number;
  log: (line: string) => void;
}

interface Sample {
  touches: number;
  heapBytes: number;
  /** The part of it that is V8's code (bytecode, compiled and optimised code of the functions that ran). */
  codeBytes: number;
  domNodes: number;
}

export interface SoakResult {
  samples: Sample[];
  errors: string[];
  screens: Record<string, number>;
  ms: number;
  /** What grew on the heap from the first sample to the last, by constructor. */
  growth: string[];
  /** Quiet-hour reloads on the board during the run. */
  reloads: number;
}

const SOAK_CLOCK_START = new Date('2026-03-02T20:00:00+08:00');
// Enough to pass any idle and document limit a config may set, warning included.
const IDLE_SPELL_MS = 30 * 60_000;
// What a finger can land on: links, buttons, keys, rows, chips; never a file picker, which would open a system dialog.
// A document screen has the most buttons, so a plain random walk would spend nearly all its touches there; a jump to
// another screen now and then spreads them (search with its keyboard, browse with its chips, Home, the board).
const JUMPS = ['#/', '#/search', '#/browse', '#/board'];
const JUMP_CHANCE = 0.04;
const TAPPABLE =
  'a[href], button:not([disabled]), [data-key], [data-testid="result-item"], [data-testid="facet"], [data-testid="board"]';

/** The screen (its route, documents as one) and the centres of the tappable elements in view, in one round trip. */
function look(page: Page): Promise<{ route: string; places: { x: number; y: number }[] }> {
  return page.evaluate((selector) => {
    const route = location.hash.split('?')[0]!.replace(/^#\/doc\/.*/, '#/doc') || '#/';
    const found: { x: number; y: number }[] = [];
    for (const el of document.querySelectorAll(selector)) {
      const r = el.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      if (r.width > 0 && r.height > 0 && x > 0 && y > 0 && x < innerWidth && y < innerHeight) found.push({ x, y });
    }
    return { route, places: found };
  }, TAPPABLE);
}

/** Runs `step`, and when a quiet-hour reload destroyed the page under it, again once the new page shows its board. */
async function surviveReload<T>(page: Page, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (e) {
    if (!/context was destroyed|navigation/i.test(String(e))) throw e;
    await page.getByTestId('board').waitFor({ timeout: 60_000 });
    return step();
  }
}

/** Bytes of the snapshot's code objects: V8 compiles more of the app as more of it runs, up to the app's size. */
const codeBytes = (summary: HeapSummary) =>
  [...summary].reduce((sum, [key, { bytes }]) => (key.startsWith('code ') ? sum + bytes : sum), 0);

/** Home, after a forced garbage collection: the same screen at each sample, so only growth differs. */
async function sample(page: Page, cdp: CDPSession, touches: number): Promise<Sample & { summary: HeapSummary }> {
  await page.evaluate(() => (location.hash = '#/'));
  await page.getByTestId('home').waitFor();
  await page.waitForTimeout(500);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heapBytes = ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
  const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
  const summary = await heapSummary(cdp);
  return { touches, heapBytes, codeBytes: codeBytes(summary), domNodes, summary };
}

/** Runs the soak in a new page of a kiosk context that did its first start; a seeded random walk, so runs compare. */
export async function runSoak(context: BrowserContext, appUrl: string, options: SoakOptions): Promise<SoakResult> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  // Offline, the config's network-first fetch fails by design (the stored copy is used): Chromium logs that, the app does not.
  // Playwright's clock injects its script into every frame, and the sandbox of an HTML document's frame blocks it.
  const expected =
    /^Failed to load resource: net::ERR_INTERNET_DISCONNECTED|^Blocked script execution in 'about:srcdoc'/;
  page.on('console', (m) => m.type() === 'error' && !expected.test(m.text()) && errors.push(`console: ${m.text()}`));
  // The evening, China time: the idle spells carry the clock through the night's quiet hours, when the board reloads
  // the page (kiosk/quiet-hour-reload.ts), so a long soak crosses such reloads.
  await page.clock.install({ time: SOAK_CLOCK_START });
  // A print dialog would stop a headless run; printing itself is measured by the print-job row. In every load, the
  // quiet-hour reloads too (in an HTML document's sandboxed frame it is blocked, as the clock's own script is).
  await page.addInitScript(() => (window.print = () => undefined));
  let loads = 0;
  page.on('load', () => loads++);
  await page.goto(appUrl);
  await page.getByTestId('home').waitFor({ timeout: 120_000 });
  const cdp = await context.newCDPSession(page);
  const screens: Record<string, number> = {};
  const samples: Sample[] = [];
  // The heap by constructor at each sample: the first and last say what grew.
  const summaries: HeapSummary[] = [];
  let seed = 20_241_202;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  const start = Date.now();
  for (let touch = 1; touch <= options.touches; touch++) {
    if (random() < JUMP_CHANCE)
      await page.evaluate((hash) => (location.hash = hash), JUMPS[Math.floor(random() * JUMPS.length)]!);
    const { route, places } = await surviveReload(page, () => look(page));
    screens[route] = (screens[route] ?? 0) + 1;
    const place = places[Math.floor(random() * places.length)];
    if (place) await page.touchscreen.tap(place.x, place.y);
    // Let a tap's work (a search, a page render) start before the next; a resident is never faster than this.
    await page.waitForTimeout(20);
    if (touch % options.idleEvery === 0) {
      await page.clock.fastForward(IDLE_SPELL_MS);
      await page
        .getByTestId('board')
        .waitFor({ timeout: 30_000 })
        .catch(() => errors.push(`no board after the idle spell at touch ${touch}`));
    }
    // Every 1,000 touches too: a leak grows with the touches, a module loaded late is one step.
    if (touch === options.firstSample || touch % 1000 === 0 || touch === options.touches) {
      const { summary, ...taken } = await surviveReload(page, () => sample(page, cdp, touch));
      samples.push(taken);
      summaries.push(summary);
    }
    if (touch % 1000 === 0) options.log(`soak: ${touch} touches, ${errors.length} errors`);
  }
  await page.close();
  const growth = summaries.length > 1 ? heapGrowth(summaries[0]!, summaries.at(-1)!) : [];
  return { samples, errors, screens, ms: Date.now() - start, growth, reloads: loads - 1 };
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

/** Row soak: heap and DOM after all the touches ÷ after 100 (goal ≤ 1.2 each), and errors (goal 0). */
export function soakRow(result: SoakResult): Row {
  const [early, late] = [result.samples[0]!, result.samples.at(-1)!];
  const heap = late.heapBytes / early.heapBytes;
  const withoutCode = (late.heapBytes - late.codeBytes) / (early.heapBytes - early.codeBytes);
  const dom = late.domNodes / early.domNodes;
  return {
    name: 'soak',
    measured: `heap ${round(heap, 2)}×, DOM ${round(dom, 2)}×, ${result.errors.length} errors (${late.touches} touches)`,
    reference: `after ${early.touches} touches: ${mb(early.heapBytes)} heap, ${early.domNodes} nodes`,
    goal: '≤ 1.2×, 0 errors',
    meets: heap <= 1.2 && dom <= 1.2 && result.errors.length === 0,
    details: [
      `After ${late.touches}: ${mb(late.heapBytes)} heap, ${late.domNodes} DOM nodes, at Home after a forced GC; ${round(result.ms / 60_000, 1)} min.`,
      `Without V8's code (bytecode and compiled code, ${mb(early.codeBytes)} then ${mb(late.codeBytes)}): ` +
        `${mb(early.heapBytes - early.codeBytes)} then ${mb(late.heapBytes - late.codeBytes)}, ${round(withoutCode, 2)}×.`,
      `Heap along the way (its code in brackets): ${result.samples
        .map((x) => `${x.touches} ${mb(x.heapBytes)} (${mb(x.codeBytes)})`)
        .join(', ')}; ` +
        `${result.reloads} quiet-hour reloads on the board (the fake clock starts at 20:00; each idle spell adds 30 min).`,
      `Touches by screen: ${Object.entries(result.screens)
        .map(([s, n]) => `${s} ${n}`)
        .join(', ')}.`,
      ...result.errors.slice(0, 5).map((e) => `error: ${e}`),
      ...(result.growth.length ? ['What grew most on the heap, first sample to last:', ...result.growth] : []),
    ],
  };
}
