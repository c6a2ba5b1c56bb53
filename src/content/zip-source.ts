// A package zipped onto a USB stick: read entry by entry from the File (never whole), every entry name checked.
import { BlobReader, configure, ZipReader, type Entry } from '@zip.js/zip.js';
import type { Manifest } from '../shared/package-format.ts';
import { ImportError } from './import-error.ts';
import type { PackageSource } from './package-source.ts';

// We already run in the import worker; zip.js's own workers would only add start-up time.
configure({ useWebWorkers: false });

/** `..`, absolute paths, drive letters and backslashes could write outside the package: refuse them. */
function isUnsafeName(name: string): boolean {
  return name.startsWith('/') || /^[A-Za-z]:/.test(name) || name.includes('\\') || name.split('/').includes('..');
}

export async function zipSource(file: Blob & { name?: string }, maxPackageBytes: number): Promise<PackageSource> {
  const name = file.name ?? 'package.zip';
  if (file.size > maxPackageBytes) throw new ImportError('too-large', name, `${file.size} > ${maxPackageBytes}`);
  let entries: Entry[];
  try {
    entries = await new ZipReader(new BlobReader(file)).getEntries();
  } catch (e) {
    // zip.js itself refuses entries such as `../x` while reading the directory ("Unsafe filename").
    const message = (e as Error).message;
    throw new ImportError(
      'zip-entry',
      name,
      /unsafe/i.test(message) ? `unsafe entry name: ${message}` : `not a readable zip: ${message}`,
    );
  }
  const unsafe = entries.find((e) => isUnsafeName(e.filename));
  if (unsafe) throw new ImportError('zip-entry', unsafe.filename, 'unsafe path');

  // A zipped folder puts everything under one top folder: read the package from there.
  const manifestEntry =
    entries.find((e) => e.filename === 'manifest.json') ??
    entries.find((e) => /^[^/]+\/manifest\.json$/.test(e.filename));
  const prefix = manifestEntry ? manifestEntry.filename.slice(0, -'manifest.json'.length) : '';
  const files = new Map<string, Entry>();
  for (const entry of entries) {
    if (entry.directory) continue;
    if (!entry.filename.startsWith(prefix))
      throw new ImportError('zip-entry', entry.filename, 'outside the package folder');
    files.set(entry.filename.slice(prefix.length), entry);
  }

  return {
    name,
    checkEntries(manifest: Manifest) {
      const listed = new Set(['manifest.json', 'manifest.sig', ...manifest.files.map((f) => f.path)]);
      for (const path of files.keys())
        if (!listed.has(path)) throw new ImportError('zip-entry', path, 'not listed in manifest.json');
    },
    async open(path, optional = false) {
      const entry = files.get(path);
      if (!entry || entry.directory) {
        if (optional) return null;
        throw new ImportError('missing-file', path, 'not in the zip');
      }
      const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>();
      // A failed inflate errors the stream, which the reader sees; the promise itself needs no second report.
      entry.getData(writable).catch(() => undefined);
      return readable;
    },
  };
}
