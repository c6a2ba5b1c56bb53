// A version becomes active only with every file it lists in storage: a blob lost mid-import refuses the switch.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { openChayueDB } from '../storage/db.ts';
import { getActiveVersion } from '../storage/versions.ts';
import { ImportError } from './import-error.ts';
import { importPackage, type ImportOptions } from './import-package.ts';
import { memoryPackage, memorySource, sha256Hex } from './test-support/memory-package.ts';

const options: ImportOptions = { packageId: 'unit', trustedKeys: [], allowUnsigned: true, maxPackageBytes: 10_000_000 };

beforeEach(async () => {
  const db = await openChayueDB();
  await Promise.all((['blobs', 'versions', 'settings', 'searchIndexes'] as const).map((s) => db.clear(s)));
});

describe('activation', () => {
  it('refuses with blob-missing when a file the new version shares with the old one is deleted mid-import', async () => {
    await importPackage(memorySource(await memoryPackage({ version: 1, salt: 'same' })), options);
    const before = await getActiveVersion();
    // Version 2 differs only in one document; the others' files are already held and not fetched again.
    const v2 = await memoryPackage({ version: 2, salt: 'same', docCount: 4 });
    const shared = v2.get('files/doc-0.html')!;
    const source = memorySource(v2);
    const db = await openChayueDB();
    const error = await importPackage(
      {
        ...source,
        async open(path, optional) {
          // Something else (a prune, a failing disk) deletes a blob the new version counts on, after it was checked.
          if (path === 'files/doc-3.html') await db.delete('blobs', await sha256Hex(shared));
          return source.open(path, optional);
        },
      },
      options,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).failure).toMatchObject({ code: 'blob-missing', path: 'files/doc-0.html' });
    expect(await getActiveVersion()).toEqual(before);
  });
});
