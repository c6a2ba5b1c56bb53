// Builds a package's search data during its import, from the texts the import has just verified and stored.
import { buildSearchData } from '../catalogue/build-search-data.ts';
import type { SearchData } from '../catalogue/search-data.ts';
import type { Catalogue, ManifestFile } from '../shared/package-format.ts';
import { getBlob } from '../storage/blobs.ts';
import { ImportError } from './import-error.ts';

/** Reads each document's `textPath` from the blob store; a text that is not there refuses the package. */
export function buildSearchForPackage(
  catalogue: Catalogue,
  byPath: Map<string, ManifestFile>,
  onProgress?: (done: number, total: number) => void,
): Promise<SearchData> {
  return buildSearchData(
    catalogue,
    async (i) => {
      const path = catalogue.documents[i]!.textPath;
      const entry = byPath.get(path);
      const stored = entry && (await getBlob(entry.sha256));
      if (!stored) throw new ImportError('storage', path);
      return stored.blob.text();
    },
    onProgress,
  );
}
