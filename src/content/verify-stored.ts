// Re-hashes every stored file of the active version against its manifest sha256: a blob can rot under its right key.
import { createSHA256 } from 'hash-wasm';
import type { ImportProgress, StoredFilesCheck } from '../shared/import-messages.ts';
import { deleteBlob, getBlob } from '../storage/blobs.ts';
import { getActiveVersion } from '../storage/versions.ts';

/**
 * Checks the active version's files one by one, in pieces (DESIGN: hash large files incrementally), and deletes the
 * corrupt ones so the next import fetches them again. Null when no version is active.
 */
export async function verifyStoredFiles(onProgress: (p: ImportProgress) => void): Promise<StoredFilesCheck | null> {
  const version = await getActiveVersion();
  if (!version) return null;
  const hasher = await createSHA256();
  const bytesTotal = version.files.reduce((sum, f) => sum + f.size, 0);
  const progress: ImportProgress = { filesDone: 0, filesTotal: version.files.length, bytesDone: 0, bytesTotal };
  const bad: StoredFilesCheck['bad'] = [];
  // Two paths may share one blob: hash it once, report every path.
  const verdicts = new Map<string, 'ok' | 'missing' | 'corrupt'>();
  onProgress({ ...progress });
  for (const file of version.files) {
    let verdict = verdicts.get(file.sha256);
    if (!verdict) {
      const stored = await getBlob(file.sha256);
      verdict = stored ? await hashMatches(stored.blob, file.sha256, file.size, hasher) : 'missing';
      verdicts.set(file.sha256, verdict);
      // An import skips a file whose key it holds: a corrupt one must go, or no update could ever replace it.
      if (verdict === 'corrupt') await deleteBlob(file.sha256);
    }
    if (verdict !== 'ok') bad.push({ path: file.path, problem: verdict });
    progress.filesDone++;
    progress.bytesDone += file.size;
    onProgress({ ...progress });
  }
  return { version: version.version, checked: version.files.length, bad };
}

type Hasher = Awaited<ReturnType<typeof createSHA256>>;

async function hashMatches(blob: Blob, sha256: string, size: number, hasher: Hasher): Promise<'ok' | 'corrupt'> {
  if (blob.size !== size) return 'corrupt';
  hasher.init();
  const reader = blob.stream().getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) hasher.update(chunk.value);
  return hasher.digest('hex') === sha256 ? 'ok' : 'corrupt';
}
