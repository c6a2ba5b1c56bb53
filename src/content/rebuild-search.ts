// Rebuilds the search data of a version already stored, from its own verified texts: an app update may change the format.
import type { StoredVersion } from '../storage/db.ts';
import { storeSearchIndex } from '../storage/versions.ts';
import { buildSearchForPackage } from './build-search.ts';

export async function rebuildSearch(
  version: StoredVersion,
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  const byPath = new Map(version.files.map((f) => [f.path, f]));
  const data = await buildSearchForPackage(version.catalogue, byPath, onProgress);
  await storeSearchIndex(version.version, data);
}
