// Rows cold-start and initial-js: Home from the service worker with the network off, a tap on a tile, and the scripts it took.
import type { Page } from 'playwright-core';
import type { StartedKiosk } from './kiosk.ts';
import { kioskTargets, readMarks, waitForMark } from './probe.ts';
import { recordScripts, type ScriptLoad } from './script-log.ts';

export interface ColdStartRun {
  /** Whether the service worker had to be started by this navigation (the state after a reboot or an idle spell). */
  serviceWorker: 'stopped' | 'running';
  /** Navigation start to the first frame showing the domain tiles. */
  tilesMs: number;
  /** The tile's pointerdown to the first frame showing the browse list. */
  tapMs: number;
  /** What the row reports: tiles plus tap, without the bench's own pause between them. */
  totalMs: number;
  /** Navigation timing, for where the time goes: HTML answered by the service worker, then DOMContentLoaded. */
  htmlMs: number;
  domContentLoadedMs: number;
}

export interface ColdStartResult {
  runs: ColdStartRun[];
  /** Every script load of every run, `requestedMs` after its page's navigation start. */
  scripts: (ScriptLoad & { requestedMs: number })[];
}

/** `runs` cold starts of each kind, alternating so that drift on a busy machine hits both alike. */
export async function measureColdStart(kiosk: StartedKiosk, appUrl: string, runs: number): Promise<ColdStartResult> {
  const results: ColdStartRun[] = [];
  const scripts: ColdStartResult['scripts'] = [];
  for (let i = 0; i < runs * 2; i++) {
    const serviceWorker = i % 2 === 0 ? 'stopped' : 'running';
    if (serviceWorker === 'stopped') await kiosk.stopServiceWorker();
    const recorder = recordScripts(kiosk.context, appUrl);
    const page = await kiosk.newPage();
    try {
      results.push({ serviceWorker, ...(await oneColdStart(page, appUrl)) });
      const origin = await page.evaluate(() => performance.timeOrigin);
      scripts.push(...(await recorder.stop()).map((load) => ({ ...load, requestedMs: load.requestedAt - origin })));
    } finally {
      await page.close();
    }
  }
  return { runs: results, scripts };
}

async function oneColdStart(page: Page, appUrl: string): Promise<Omit<ColdStartRun, 'serviceWorker'>> {
  await page.goto(appUrl, { waitUntil: 'commit' });
  const tilesMs = await waitForMark(page, 'tiles');
  await page.locator(kioskTargets.tiles).first().tap();
  const listMs = await waitForMark(page, 'browseList');
  const { marks } = await readMarks(page);
  const tapMs = listMs - marks.pointerdown!;
  const nav = await page.evaluate(() => {
    const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return { html: entry.responseEnd, dcl: entry.domContentLoadedEventEnd };
  });
  return { tilesMs, tapMs, totalMs: tilesMs + tapMs, htmlMs: nav.html, domContentLoadedMs: nav.dcl };
}
