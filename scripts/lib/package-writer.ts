// Writes a chayue-package/1 folder from documents in memory: hashes every file, names texts by hash, writes the manifest.
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import {
  PACKAGE_FORMAT,
  type Catalogue,
  type Manifest,
  type ManifestFile,
  type Notices,
} from '../../src/shared/package-format.ts';

export interface PackageInput {
  packageId: string;
  version: number;
  publisher: string;
  title: string;
  created?: string;
  catalogue: Catalogue;
  notices?: Notices;
  /** Package path (e.g. `files/2024/a.pdf`) to bytes and MIME type. */
  files: Map<string, { bytes: Uint8Array; type: string }>;
}

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Stores a document's searchable text and returns its `textPath`. */
export function addText(files: PackageInput['files'], text: string): string {
  const bytes = new TextEncoder().encode(text);
  const path = `text/${sha256Hex(bytes)}.txt`;
  files.set(path, { bytes, type: 'text/plain; charset=utf-8' });
  return path;
}

/** The bytes pack and the demo write for every JSON file of a package. */
export function packageJsonBytes(value: unknown): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(value, null, 1) + '\n');
}

/** The manifest for files already written, listed by path so reruns give the same bytes. */
export function makeManifest(
  meta: Pick<PackageInput, 'packageId' | 'version' | 'publisher' | 'title' | 'created'>,
  files: ManifestFile[],
): Manifest {
  return {
    format: PACKAGE_FORMAT,
    packageId: meta.packageId,
    version: meta.version,
    created: meta.created ?? new Date().toISOString(),
    publisher: meta.publisher,
    title: meta.title,
    files: [...files].sort((a, b) => a.path.localeCompare(b.path)),
  };
}

/** Writes the package into `outDir` (which should be empty) and returns its manifest. */
export async function writePackage(outDir: string, input: PackageInput): Promise<Manifest> {
  const all = new Map(input.files);
  all.set('catalogue.json', { bytes: packageJsonBytes(input.catalogue), type: 'application/json' });
  if (input.notices) all.set('notices.json', { bytes: packageJsonBytes(input.notices), type: 'application/json' });

  const listed: ManifestFile[] = [];
  for (const [path, { bytes, type }] of all) {
    const target = join(outDir, path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, bytes);
    listed.push({ path, sha256: sha256Hex(bytes), size: bytes.byteLength, type });
  }
  const manifest = makeManifest(input, listed);
  await writeFile(join(outDir, 'manifest.json'), packageJsonBytes(manifest));
  return manifest;
}
