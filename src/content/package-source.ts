// Where a package's files come from: a folder on a web server today, a zip or a picked folder later.
import type { Manifest } from '../shared/package-format.ts';
import { ImportError } from './import-error.ts';
import { isListablePath } from './package-schema.ts';

export interface PackageSource {
  /** Shown in the update log. */
  readonly name: string;
  /** The file's bytes as a stream; `optional` files resolve to null when absent. */
  open(path: string, optional?: boolean): Promise<ReadableStream<Uint8Array> | null>;
  /** Refuses a source that holds files the manifest does not list (a zip or folder can carry anything). */
  checkEntries?(manifest: Manifest): void;
}

/** A package published as a folder on any static web server (or the app's own origin). */
export function urlSource(folderUrl: string): PackageSource {
  const base = new URL(folderUrl, globalThis.location?.href);
  const folder = new URL('./', base).href;
  return {
    name: base.href,
    async open(path, optional = false) {
      const url = resolveInside(folder, path);
      let response: Response;
      try {
        // The manifest must be fresh; content-addressed files may come from any cache.
        response = await fetch(url, { cache: path.startsWith('manifest') ? 'no-cache' : 'default' });
      } catch (e) {
        throw new ImportError('fetch-failed', path, (e as Error).message);
      }
      if (optional && response.status === 404) return null;
      if (!response.ok || !response.body) throw new ImportError('fetch-failed', path, `HTTP ${response.status}`);
      return response.body;
    },
  };
}

/**
 * The URL of a package file, refused unless it is a plain package path that stays under the package folder: the
 * schema checks paths first, and this is the second lock where a path turns into a request.
 */
function resolveInside(folder: string, path: string): URL {
  const plain = path === 'manifest.json' || path === 'manifest.sig' || isListablePath(path);
  let url: URL;
  try {
    url = new URL(path, folder);
  } catch {
    throw new ImportError('schema', path, 'not a path inside the package');
  }
  if (!plain || !url.href.startsWith(folder) || url.search || url.hash) {
    throw new ImportError('schema', path, `not a path inside the package (${url.href})`);
  }
  return url;
}

/** The same source, with one file already in hand (the manifest a probe fetched) answered from memory. */
export function withPrefetched(source: PackageSource, path: string, bytes: Uint8Array<ArrayBuffer>): PackageSource {
  return {
    ...source,
    name: source.name,
    open: (wanted, optional) =>
      wanted === path ? Promise.resolve(new Blob([bytes]).stream()) : source.open(wanted, optional),
  };
}

/** Reads a whole stream into one buffer, refusing more than `limit` bytes. */
export async function readAll(
  stream: ReadableStream<Uint8Array>,
  limit: number,
  path: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of stream) {
    length += chunk.byteLength;
    if (length > limit) throw new ImportError('too-large', path, `> ${limit} bytes`);
    chunks.push(chunk);
  }
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
