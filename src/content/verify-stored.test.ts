// A stored file corrupted under its right key must be found by the console's re-check, by name.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { openChayueDB } from '../storage/db.ts';
import { getActiveVersion } from '../storage/versions.ts';
import { importPackage } from './import-package.ts';
import { memoryPackage, memorySource } from './test-support/memory-package.ts';
import { verifyStoredFiles } from './verify-stored.ts';

const options = { packageId: 'unit', trustedKeys: [], allowUnsigned: true, maxPackageBytes: 10_000_000 };

beforeEach(async () => {
  const db = await openChayueDB();
  await Promise.all((['blobs', 'versions', 'settings', 'searchIndexes'] as const).map((s) => db.clear(s)));
});

describe('verifyStoredFiles', () => {
  it('finds nothing wrong in a fresh import, and reports every file as checked', async () => {
    await importPackage(memorySource(await memoryPackage({ version: 1 })), options);
    const seen: number[] = [];
    const check = await verifyStoredFiles((p) => seen.push(p.filesDone));
    expect(check).toMatchObject({ version: 1, checked: 7, bad: [] });
    expect(seen.at(-1)).toBe(7);
  });

  it('names a blob whose bytes changed under its sha256 key, and one that is gone', async () => {
    await importPackage(memorySource(await memoryPackage({ version: 1 })), options);
    const files = (await getActiveVersion())!.files;
    const byPath = (path: string) => files.find((f) => f.path === path)!;
    const db = await openChayueDB();
    const victim = byPath('files/doc-1.html');
    const stored = (await db.get('blobs', victim.sha256))!;
    // Same size, one byte flipped: only a hash finds it.
    const bytes = new Uint8Array(await stored.blob.arrayBuffer());
    bytes[4]! ^= 0x20;
    await db.put('blobs', { ...stored, blob: new Blob([bytes], { type: stored.type }) });
    await db.delete('blobs', byPath('files/doc-2.html').sha256);
    const check = await verifyStoredFiles(() => undefined);
    expect(check?.bad).toEqual([
      { path: 'files/doc-1.html', problem: 'corrupt' },
      { path: 'files/doc-2.html', problem: 'missing' },
    ]);
    // The corrupt copy is gone, so the next version fetches both files again and the terminal is whole.
    expect(await db.getKey('blobs', victim.sha256)).toBeUndefined();
    await importPackage(memorySource(await memoryPackage({ version: 2, salt: 'v1' })), options);
    expect((await verifyStoredFiles(() => undefined))?.bad).toEqual([]);
  });

  it('answers null with no active version', async () => {
    expect(await verifyStoredFiles(() => undefined)).toBeNull();
  });
});
