// A package folder picked from a USB stick (a directory picker gives each File with its relative path).
import type { PickedFile } from '../shared/import-messages.ts';
import type { Manifest } from '../shared/package-format.ts';
import { ImportError } from './import-error.ts';
import type { PackageSource } from './package-source.ts';

export function folderSource(picked: PickedFile[]): PackageSource {
  // The picker names the chosen folder first; the package lives inside it.
  const manifest = picked.find((p) => /^([^/]+\/)?manifest\.json$/.test(p.relativePath));
  const prefix = manifest ? manifest.relativePath.slice(0, -'manifest.json'.length) : '';
  const files = new Map(
    picked.filter((p) => p.relativePath.startsWith(prefix)).map((p) => [p.relativePath.slice(prefix.length), p.file]),
  );
  return {
    name: prefix.replace(/\/$/, '') || 'folder',
    checkEntries(m: Manifest) {
      const listed = new Set(['manifest.json', 'manifest.sig', ...m.files.map((f) => f.path)]);
      for (const path of files.keys())
        if (!listed.has(path)) throw new ImportError('zip-entry', path, 'not listed in manifest.json');
    },
    async open(path, optional = false) {
      const file = files.get(path);
      if (!file) {
        if (optional) return null;
        throw new ImportError('missing-file', path, 'not in the folder');
      }
      return file.stream();
    },
  };
}
