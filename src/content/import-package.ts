// Takes a package from a source: signature, schema, every file's size and sha256, then one switch to the new version.
import { createSHA256 } from 'hash-wasm';
import type { ImportProgress } from '../shared/import-messages.ts';
import type { Catalogue, Manifest, ManifestFile, Notices } from '../shared/package-format.ts';
import { getBlob, hasBlob, putBlobs } from '../storage/blobs.ts';
import type { StoredBlob, StoredVersion } from '../storage/db.ts';
import { activateVersion, getVersionFloor, MissingBlobsError } from '../storage/versions.ts';
import { buildSearchForPackage } from './build-search.ts';
import { ImportError } from './import-error.ts';
import { catalogueSchema, manifestSchema, noticesSchema, parseJson } from './package-schema.ts';
import { readAll, type PackageSource } from './package-source.ts';
import { verifyManifestSignature } from './verify-signature.ts';

export interface ImportOptions {
  /** The package this terminal follows (the config's `packageId`): any other is refused, whoever signed it. */
  packageId: string;
  trustedKeys: readonly string[];
  allowUnsigned: boolean;
  maxPackageBytes: number;
  onProgress?: (progress: ImportProgress) => void;
}

const MANIFEST_LIMIT = 16 * 1024 * 1024;
// Blobs are written 16 at a time, or sooner once this many bytes wait: 16 per transaction measured fastest (DESIGN).
const BATCH_FILES = 16;
const BATCH_BYTES = 32 * 1024 * 1024;

/** Imports and activates the package; throws ImportError and leaves the active version untouched on any refusal. */
export async function importPackage(
  source: PackageSource,
  options: ImportOptions,
): Promise<{ version: number; documents: number }> {
  const manifestBytes = await readAll(await mustOpen(source, 'manifest.json'), MANIFEST_LIMIT, 'manifest.json');
  await checkSignature(source, manifestBytes, options);
  const manifest = parseJson(manifestSchema, new TextDecoder().decode(manifestBytes), 'manifest.json') as Manifest;

  if (manifest.packageId !== options.packageId) {
    throw new ImportError('wrong-package', 'manifest.json', `${manifest.packageId} ≠ ${options.packageId}`);
  }
  source.checkEntries?.(manifest);
  await checkVersion(manifest.packageId, manifest.version);
  const bytesTotal = manifest.files.reduce((sum, f) => sum + f.size, 0);
  if (bytesTotal > options.maxPackageBytes) {
    throw new ImportError('too-large', 'manifest.json', `${bytesTotal} > ${options.maxPackageBytes}`);
  }

  await checkSpace(manifest.files);
  const stored = await storeFiles(source, manifest.files, bytesTotal, options.onProgress);

  const byPath = new Map(manifest.files.map((f) => [f.path, f]));
  const catalogue = parseJson(
    catalogueSchema,
    await readStoredText(byPath, 'catalogue.json'),
    'catalogue.json',
  ) as Catalogue;
  checkCatalogueFiles(catalogue, byPath);
  const notices = byPath.has('notices.json')
    ? (parseJson(noticesSchema, await readStoredText(byPath, 'notices.json'), 'notices.json') as Notices)
    : null;
  const searchData = await buildSearchForPackage(catalogue, byPath, (done, total) =>
    options.onProgress?.({ ...stored, indexing: { done, total } }),
  );

  await activateChecked(
    {
      version: manifest.version,
      packageId: manifest.packageId,
      title: manifest.title,
      publisher: manifest.publisher,
      created: manifest.created,
      importedAt: new Date().toISOString(),
      source: source.name,
      files: manifest.files,
      catalogue,
      notices,
    },
    searchData,
  );
  return { version: manifest.version, documents: catalogue.documents.length };
}

/** Activates, refusing (and leaving the active version) when a blob the version lists is no longer stored. */
async function activateChecked(version: StoredVersion, searchData: unknown) {
  try {
    await activateVersion(version, searchData);
  } catch (e) {
    if (!(e instanceof MissingBlobsError)) throw e;
    const missing = version.files.filter((f) => e.sha256s.includes(f.sha256)).map((f) => f.path);
    throw new ImportError('blob-missing', missing[0], `${missing.length} files: ${missing.slice(0, 5).join(', ')}`);
  }
}

/** Newer than the package's active version, and than any version of it staff rolled back from. */
export async function checkVersion(packageId: string, version: number) {
  const { active, rolledBack } = await getVersionFloor(packageId);
  if (active !== undefined && version <= active)
    throw new ImportError('not-newer', 'manifest.json', `${version} ≤ ${active}`);
  if (rolledBack !== undefined && version <= rolledBack) {
    throw new ImportError('rolled-back', 'manifest.json', `${version} ≤ ${rolledBack}`);
  }
}

/** Refuses early, before any download, when the files not yet held will not fit. */
async function checkSpace(files: ManifestFile[]) {
  const estimate = await globalThis.navigator?.storage?.estimate?.();
  if (!estimate?.quota) return;
  let needed = 0;
  for (const file of files) if (!(await hasBlob(file.sha256))) needed += file.size;
  const free = estimate.quota - (estimate.usage ?? 0);
  // Blobs take a little more than their bytes in IndexedDB; keep a margin.
  if (needed * 1.1 > free) throw new ImportError('no-space', undefined, `${needed} > ${free}`);
}

async function mustOpen(source: PackageSource, path: string): Promise<ReadableStream<Uint8Array>> {
  const stream = await source.open(path);
  if (!stream) throw new ImportError('fetch-failed', path);
  return stream;
}

async function checkSignature(source: PackageSource, manifestBytes: Uint8Array<ArrayBuffer>, options: ImportOptions) {
  const sigStream = await source.open('manifest.sig', true);
  if (!sigStream) {
    if (!options.allowUnsigned) throw new ImportError('unsigned', 'manifest.sig');
    return;
  }
  // A signature that is present must verify, even where unsigned packages are allowed.
  const signature = new TextDecoder().decode(await readAll(sigStream, 4096, 'manifest.sig'));
  if (!(await verifyManifestSignature(manifestBytes, signature, options.trustedKeys))) {
    throw new ImportError('signature-invalid', 'manifest.sig');
  }
}

/** Fetches, checks and stores every file not already held; files already stored by sha256 are not fetched again. */
async function storeFiles(
  source: PackageSource,
  files: ManifestFile[],
  bytesTotal: number,
  onProgress?: (progress: ImportProgress) => void,
): Promise<ImportProgress> {
  const progress: ImportProgress = { filesDone: 0, filesTotal: files.length, bytesDone: 0, bytesTotal };
  const hasher = await createSHA256();
  let batch: StoredBlob[] = [];
  let batchBytes = 0;
  const seen = new Set<string>();
  onProgress?.({ ...progress });
  try {
    for (const file of files) {
      if (!seen.has(file.sha256) && !(await hasBlob(file.sha256))) {
        batch.push(await fetchVerified(source, file, hasher));
        batchBytes += file.size;
        if (batch.length >= BATCH_FILES || batchBytes >= BATCH_BYTES) {
          await storeBatch(batch);
          batch = [];
          batchBytes = 0;
        }
      }
      seen.add(file.sha256);
      progress.filesDone++;
      progress.bytesDone += file.size;
      onProgress?.({ ...progress });
    }
  } finally {
    // Files verified before a cut are kept, so the next try resumes instead of fetching them again.
    await storeBatch(batch);
  }
  return progress;
}

async function storeBatch(batch: StoredBlob[]) {
  try {
    await putBlobs(batch);
  } catch (e) {
    throw new ImportError('storage', batch[0]?.sha256, (e as Error).message);
  }
}

type Hasher = Awaited<ReturnType<typeof createSHA256>>;

/** Reads one file in pieces, hashing as it goes, and refuses it on the first byte past its declared size. */
async function fetchVerified(source: PackageSource, file: ManifestFile, hasher: Hasher): Promise<StoredBlob> {
  const stream = await mustOpen(source, file.path);
  hasher.init();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      size += chunk.byteLength;
      if (size > file.size) throw new ImportError('size-mismatch', file.path, `> ${file.size}`);
      hasher.update(chunk);
      chunks.push(chunk as Uint8Array<ArrayBuffer>);
    }
  } catch (e) {
    // A connection cut mid-file surfaces here as a plain network error.
    throw e instanceof ImportError ? e : new ImportError('fetch-failed', file.path, (e as Error).message);
  }
  if (size !== file.size) throw new ImportError('size-mismatch', file.path, `${size} ≠ ${file.size}`);
  const digest = hasher.digest('hex');
  if (digest !== file.sha256) throw new ImportError('hash-mismatch', file.path);
  return { sha256: file.sha256, size, type: file.type, blob: new Blob(chunks, { type: file.type }) };
}

async function readStoredText(byPath: Map<string, ManifestFile>, path: string): Promise<string> {
  const entry = byPath.get(path);
  if (!entry) throw new ImportError('missing-file', path, 'not listed in manifest.json');
  const stored = await getBlob(entry.sha256);
  if (!stored) throw new ImportError('storage', path);
  return stored.blob.text();
}

/** Every file a document names must be in the manifest (and so verified), and ids must be unique. */
function checkCatalogueFiles(catalogue: Catalogue, byPath: Map<string, ManifestFile>) {
  const ids = new Set<string>();
  catalogue.documents.forEach((doc, i) => {
    if (ids.has(doc.id))
      throw new ImportError('schema', 'catalogue.json', `$.documents[${i}].id: repeated id ${doc.id}`);
    ids.add(doc.id);
    doc.files.forEach((f, j) => {
      if (!byPath.has(f.path)) {
        throw new ImportError('missing-file', f.path, `$.documents[${i}].files[${j}] is not listed in manifest.json`);
      }
    });
    if (!byPath.has(doc.textPath)) {
      throw new ImportError('missing-file', doc.textPath, `$.documents[${i}].textPath is not listed in manifest.json`);
    }
  });
}
