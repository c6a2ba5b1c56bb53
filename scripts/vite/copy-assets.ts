// Vite plugin: puts files from outside public/ into the build (pdf.js data, kiosk configs) so Workbox can precache them.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';

export interface AssetFolder {
  /** Folder on disk. */
  from: string;
  /** Folder inside the build, e.g. `pdfjs/cmaps`; `''` for the build's root. */
  to: string;
  /** Only files whose names pass; all when absent. */
  filter?: (name: string) => boolean;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

function collect(folders: AssetFolder[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const { from, to, filter } of folders) {
    for (const file of listFiles(from)) {
      if (filter && !filter(file)) continue;
      const inside = relative(from, file).split('\\').join('/');
      files.set(to ? `${to}/${inside}` : inside, file);
    }
  }
  return files;
}

/** Emits the folders' files as build assets and serves them in dev. */
export function copyAssets(folders: AssetFolder[]): Plugin {
  return {
    name: 'chayue-copy-assets',
    generateBundle() {
      for (const [fileName, source] of collect(folders)) {
        this.emitFile({ type: 'asset', fileName, source: readFileSync(source) });
      }
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '').replace(/^\//, '');
        const source = collect(folders).get(path);
        if (!source) return next();
        res.setHeader('Content-Type', path.endsWith('.json') ? 'application/json' : 'application/octet-stream');
        res.end(readFileSync(source));
      });
    },
  };
}
