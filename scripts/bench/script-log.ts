// Records which scripts a browser context loads (pages and their workers), and sizes them from the build folder.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Request } from 'playwright-core';
import { gzippedSize } from './stats.ts';

export interface ScriptLoad {
  /** Path on the server, e.g. `/assets/index-abc.js`. */
  path: string;
  /** Playwright's resource type: `script` for pages, `other` for a worker's own script. */
  kind: string;
  /** Who answered: the service worker's cache, the network, or nobody (offline). */
  via: 'service worker' | 'network' | 'failed';
  /** When it was requested, wall-clock ms (compare with the page's performance.timeOrigin). */
  requestedAt: number;
}

export interface SizedScript {
  path: string;
  raw: number;
  gzip: number;
}

const isScript = (request: Request) =>
  request.resourceType() === 'script' || /\.m?js$/.test(new URL(request.url()).pathname);

/** Starts listening; `stop()` gives the scripts loaded from `origin` meanwhile, without the service worker's own fetches. */
export function recordScripts(context: BrowserContext, origin: string): { stop(): Promise<ScriptLoad[]> } {
  const loads: Promise<ScriptLoad>[] = [];
  const keep = (request: Request) => request.url().startsWith(origin) && isScript(request) && !request.serviceWorker();
  const entry = (request: Request, via: ScriptLoad['via']): ScriptLoad => ({
    path: new URL(request.url()).pathname,
    kind: request.resourceType(),
    via,
    requestedAt: request.timing().startTime,
  });
  const finished = (request: Request) => {
    if (!keep(request)) return;
    loads.push(request.response().then((r) => entry(request, r?.fromServiceWorker() ? 'service worker' : 'network')));
  };
  const failed = (request: Request) => {
    if (keep(request)) loads.push(Promise.resolve(entry(request, 'failed')));
  };
  context.on('requestfinished', finished);
  context.on('requestfailed', failed);
  return {
    async stop() {
      context.off('requestfinished', finished);
      context.off('requestfailed', failed);
      return Promise.all(loads);
    },
  };
}

/** One entry per distinct path that was really delivered, sized from `root` (the folder the server serves). */
export function sizeScripts(paths: string[], root: string): SizedScript[] {
  return [...new Set(paths)].sort().map((path) => {
    const file = join(root, path);
    if (!existsSync(file)) throw new Error(`script ${path} was loaded but is not in ${root}`);
    return { path, raw: statSync(file).size, gzip: gzippedSize(file) };
  });
}

export const delivered = (loads: ScriptLoad[]) => loads.filter((l) => l.via !== 'failed').map((l) => l.path);
