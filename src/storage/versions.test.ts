// Rollback and pruning decide what a terminal can fall back to: the previous version must survive, older ones must go.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { putBlobs } from './blobs.ts';
import { openChayueDB, type StoredVersion } from './db.ts';
import {
  activateVersion,
  getActiveVersionNumber,
  getVersionFloor,
  pruneVersions,
  rollbackToPrevious,
} from './versions.ts';

function version(n: number, shas: string[]): StoredVersion {
  return {
    version: n,
    packageId: 'p',
    title: 't',
    publisher: 'p',
    created: '2026-01-01T00:00:00Z',
    importedAt: '',
    source: 's',
    files: shas.map((sha256) => ({ path: `files/${sha256}`, sha256, size: 1, type: 'text/plain' })),
    catalogue: { domains: [], documents: [] },
    notices: null,
  };
}
const blob = (sha256: string) => ({ sha256, size: 1, type: 'text/plain', blob: new Blob(['x']) });

beforeEach(async () => {
  const db = await openChayueDB();
  await Promise.all((['blobs', 'versions', 'settings', 'searchIndexes'] as const).map((s) => db.clear(s)));
});

describe('versions', () => {
  it('prunes all but the active and previous versions, and the blobs only older ones used', async () => {
    await putBlobs(['a', 'b', 'c', 'd'].map(blob));
    await activateVersion(version(1, ['a', 'b']), { search: 1 });
    await activateVersion(version(2, ['b', 'c']), { search: 2 });
    await activateVersion(version(3, ['c', 'd']), { search: 3 });
    expect(await pruneVersions()).toEqual({ versions: 1, blobs: 1 });
    const db = await openChayueDB();
    expect(await db.getAllKeys('versions')).toEqual([2, 3]);
    expect(await db.getAllKeys('searchIndexes')).toEqual([2, 3]);
    expect((await db.getAllKeys('blobs')).sort()).toEqual(['b', 'c', 'd']);
  });

  it('rolls back to the previous version and bars the rolled-back one', async () => {
    await activateVersion(version(1, []), { search: 1 });
    await activateVersion(version(2, []), { search: 2 });
    expect(await rollbackToPrevious()).toEqual({ from: 2, to: 1 });
    expect(await getActiveVersionNumber()).toBe(1);
    expect(await getVersionFloor('p')).toEqual({ active: 1, rolledBack: 2 });
    // Nothing older to go back to: a second rollback does nothing.
    expect(await rollbackToPrevious()).toBeUndefined();
    expect(await getActiveVersionNumber()).toBe(1);
  });
});
