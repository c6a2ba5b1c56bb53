// A tiny static file server for the bench: serves a built folder on localhost with real MIME types and plain 404s.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export interface BenchServer {
  /** `http://localhost:PORT/`: localhost, so service workers get the secure context they need. */
  url: string;
  close(): Promise<void>;
}

/** Serves `root` (a folder path ending without a separator); `/` answers `index.html`, anything absent 404. */
export async function serveFolder(root: string): Promise<BenchServer> {
  const base = normalize(root) + sep;
  const server = createServer((req, res) => {
    void (async () => {
      let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      if (path.endsWith('/')) path += 'index.html';
      const file = normalize(join(base, path));
      if (!file.startsWith(base)) return void res.writeHead(403).end();
      try {
        const info = await stat(file);
        if (!info.isFile()) throw new Error('not a file');
        // No validators and no-cache: every fresh context starts from the network, nothing from a stale HTTP cache.
        res.writeHead(200, {
          'Content-Length': info.size,
          'Content-Type': types[extname(file)] ?? 'application/octet-stream',
          'Cache-Control': 'no-cache',
        });
        if (req.method === 'HEAD') return void res.end();
        createReadStream(file).pipe(res);
      } catch {
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
