// The kiosk under test: the demo's long PDF, and browser contexts that already did the kiosk's first start.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, CDPSession, Page } from 'playwright-core';
import { shimVisibilityChecks } from '../lib/visibility-shim.ts';
import type { Catalogue } from '../../src/shared/package-format.ts';
import { installProbe, waitForFirstMark } from './probe.ts';
import { recordScripts, type ScriptLoad } from './script-log.ts';

/** A landscape reading-point terminal, as the e2e specs use; headless Chromium's DPR of 1 on both sides of every comparison. */
export const contextOptions: BrowserContextOptions = {
  viewport: { width: 1920, height: 1080 },
  deviceScaleFactor: 1,
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
  hasTouch: true,
};

export interface DemoPdf {
  id: string;
  pages: number;
  /** The file as built into the app, byte for byte what the kiosk imports. */
  file: string;
}

/** The PDF document with the most pages in the built demo package. */
export function longestDemoPdf(appDir: string): DemoPdf {
  const folder = join(appDir, 'demo-package');
  const catalogue = JSON.parse(readFileSync(join(folder, 'catalogue.json'), 'utf8')) as Catalogue;
  const pdfs = catalogue.documents.filter((d) => d.files[0]?.type === 'application/pdf');
  const doc = pdfs.reduce((a, b) => ((b.files[0]?.pages ?? 0) > (a.files[0]?.pages ?? 0) ? b : a));
  return { id: doc.id, pages: doc.files[0]!.pages ?? 0, file: join(folder, doc.files[0]!.path) };
}

export interface StartedKiosk {
  context: BrowserContext;
  /** Navigation start to Home's tiles painted, import included. */
  firstStartMs: number;
  /** Scripts the first start loaded, the import worker among them. */
  firstStartScripts: ScriptLoad[];
  /** A new page in the context, which Playwright can tap in on Chromium older than 105 too. */
  newPage(): Promise<Page>;
  /** Stops the service worker, as a reboot or an idle spell does, so the next navigation has to start it. */
  stopServiceWorker(): Promise<void>;
  close(): Promise<void>;
}

export interface KioskOptions {
  /** false: a context where the service worker never registers, so nothing is precached behind the bench's back. */
  serviceWorker: boolean;
  /** Take the network away once the first start is done (needs the service worker). */
  offline: boolean;
}

/** A new context that did the first start (import of the demo package) and, with a service worker, is ready to run offline. */
export async function startKiosk(browser: Browser, appUrl: string, options: KioskOptions): Promise<StartedKiosk> {
  const context = await browser.newContext({
    ...contextOptions,
    serviceWorkers: options.serviceWorker ? 'allow' : 'block',
  });
  await installProbe(context);
  const recorder = recordScripts(context, appUrl);
  const page = await context.newPage();
  await page.goto(appUrl, { waitUntil: 'commit' });
  const first = await waitForFirstMark(page, ['tiles', 'failed'], 180_000);
  if (first.name === 'failed') {
    const shown = (await page.locator('body').innerText()).replace(/\s+/g, ' ').trim();
    await context.close();
    throw new Error(`the kiosk's first start failed; it shows: ${shown}`);
  }
  const firstStartMs = first.time;
  if (options.serviceWorker) {
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
    // ready means active, and Workbox activates only after the whole precache is stored.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  }
  const firstStartScripts = await recorder.stop();
  await page.close();
  if (options.offline) await context.setOffline(true);
  // A blank page to hold the DevTools session: the measured pages come and go.
  const keeper = await context.newPage();
  let cdp: CDPSession | undefined;
  return {
    context,
    firstStartMs,
    firstStartScripts,
    async newPage() {
      const page = await context.newPage();
      await shimVisibilityChecks(page);
      return page;
    },
    async stopServiceWorker() {
      if (!options.serviceWorker) return;
      if (!cdp) {
        cdp = await context.newCDPSession(keeper);
        await cdp.send('ServiceWorker.enable');
      }
      await cdp.send('ServiceWorker.stopAllWorkers');
    },
    close: () => context.close(),
  };
}
