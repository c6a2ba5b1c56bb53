// Rows lighthouse-home and lighthouse-doc: Lighthouse 12's accessibility and performance scores for Home and a PDF document.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse, { type Flags } from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../chromium-path.ts';
import { contextOptions } from './kiosk.ts';
import { installProbe, waitForFirstMark } from './probe.ts';
import type { Row } from './report.ts';

// The issue's goals: accessibility 100, performance at least 95.
const goals = { accessibility: 100, performance: 95 };

interface Audit {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  displayValue?: string;
  details?: { items?: { node?: { snippet?: string }; url?: string; duration?: number; startTime?: number }[] };
}

export interface LighthouseResult {
  screen: 'home' | 'doc';
  url: string;
  accessibility: number;
  /** null when only accessibility was asked for (the smoke: the performance run takes 10-50 s here). */
  performance: number | null;
  /** Accessibility audits that did not pass, each with the elements it found, and performance metrics as Lighthouse shows them. */
  failedAccessibility: string[];
  metrics: Record<string, string>;
  /** The main thread's longest tasks (what total blocking time is made of), with the script Lighthouse blames. */
  longTasks: string[];
}

const metricIds = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];

/**
 * Lighthouse against a terminal that already did its first start: a browser profile of its own with the demo package in
 * IndexedDB and the service worker in control, kept between the two runs (storage reset off, as a kiosk's is never
 * cleared). Desktop settings at the terminal's 1920×1080: a reading point is a landscape screen, not a phone.
 */
export async function measureLighthouse(
  appUrl: string,
  docId: string,
  log: (line: string) => void,
  screens: LighthouseResult['screen'][] = ['home', 'doc'],
  withPerformance = true,
): Promise<LighthouseResult[]> {
  const port = await freePort();
  const profile = mkdtempSync(join(tmpdir(), 'chayue-lighthouse-'));
  const context = await chromium.launchPersistentContext(profile, {
    ...contextOptions,
    executablePath: chromiumPath,
    args: [...chromiumArgs, `--remote-debugging-port=${port}`],
  });
  try {
    await installProbe(context);
    const page = await context.newPage();
    await page.goto(appUrl, { waitUntil: 'commit' });
    const first = await waitForFirstMark(page, ['tiles', 'failed'], 180_000);
    if (first.name === 'failed') throw new Error("the kiosk's first start failed before Lighthouse could run");
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
    await page.close();

    const results: LighthouseResult[] = [];
    const urls = { home: appUrl, doc: `${appUrl}#/doc/${encodeURIComponent(docId)}` };
    for (const screen of screens) {
      const url = urls[screen];
      log(`lighthouse: ${screen} (${url})`);
      results.push(await runOnce(screen, url, port, withPerformance));
    }
    return results;
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

async function runOnce(
  screen: LighthouseResult['screen'],
  url: string,
  port: number,
  withPerformance: boolean,
): Promise<LighthouseResult> {
  const flags: Flags = {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: withPerformance ? ['accessibility', 'performance'] : ['accessibility'],
    disableStorageReset: true,
    screenEmulation: { mobile: false, width: 1920, height: 1080, deviceScaleFactor: 1, disabled: false },
  };
  const result = await lighthouse(url, flags, desktopConfig);
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const audits = lhr.audits as Record<string, Audit>;
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const failedAccessibility = (lhr.categories.accessibility?.auditRefs ?? [])
    .map((ref) => audits[ref.id]!)
    .filter((a) => a.scoreDisplayMode === 'binary' && a.score !== 1)
    .map((a) => `${a.id} (${(a.details?.items ?? []).map((item) => item.node?.snippet ?? '?').join(', ')})`);
  const metrics = Object.fromEntries(metricIds.map((id) => [id, audits[id]?.displayValue ?? '—']));
  const longTasks = (audits['long-tasks']?.details?.items ?? [])
    .slice(0, 5)
    .map(
      (task) =>
        `${Math.round(task.duration ?? 0)} ms at ${Math.round(task.startTime ?? 0)} ms (${(task.url ?? '?').replace(/^https?:\/\/[^/]+/, '')})`,
    );
  return {
    screen,
    url,
    accessibility: score('accessibility'),
    performance: withPerformance ? score('performance') : null,
    failedAccessibility,
    metrics,
    longTasks,
  };
}

export function lighthouseRows(results: LighthouseResult[]): Row[] {
  return results.map((r) => ({
    name: `lighthouse-${r.screen}`,
    measured: `accessibility ${r.accessibility}, performance ${r.performance ?? 'not run'}`,
    reference: '',
    goal: `${goals.accessibility} / ≥ ${goals.performance}`,
    meets: r.accessibility >= goals.accessibility && (r.performance ?? 0) >= goals.performance,
    details: [
      `Lighthouse 12, desktop settings at 1920×1080, simulated throttling; ${r.screen === 'home' ? 'Home' : 'the longest demo PDF'}, ` +
        'after the first start, served by the service worker.',
      `  ${metricIds.map((id) => `${id.replace(/-/g, ' ')} ${r.metrics[id]}`).join('; ')}`,
      `  longest main-thread tasks: ${r.longTasks.join('; ') || 'none'}`,
      r.failedAccessibility.length === 0
        ? '  every accessibility audit passed'
        : `  accessibility audits not passed: ${r.failedAccessibility.join('; ')}`,
    ],
  }));
}

/** A TCP port nothing listens on, for Chromium's DevTools endpoint that Lighthouse connects to. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
