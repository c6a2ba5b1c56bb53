// A terminal takes only its own package: another id, even signed by the same key, is refused and cannot raise its floors.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { openChayueDB } from '../storage/db.ts';
import { writeSetting } from '../storage/settings.ts';
import { activateVersion, getActiveVersion, rollbackToPrevious } from '../storage/versions.ts';
import { ImportError } from './import-error.ts';
import { importPackage, type ImportOptions } from './import-package.ts';
import { makeSigningKey, memoryPackage, memorySource, signEntries } from './test-support/memory-package.ts';

const key = await makeSigningKey();
const options: ImportOptions = {
  packageId: 'unit',
  trustedKeys: [key.publicKey],
  allowUnsigned: false,
  maxPackageBytes: 10_000_000,
};

async function signed(packageId: string, version: number) {
  return memorySource(await signEntries(await memoryPackage({ packageId, version }), key));
}

async function refusalCode(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  return (error as ImportError).failure.code;
}

beforeEach(async () => {
  const db = await openChayueDB();
  await Promise.all((['blobs', 'versions', 'settings', 'searchIndexes'] as const).map((s) => db.clear(s)));
});

describe('packageId', () => {
  it('refuses a package with another id, signed by the same key and newer, and keeps the active catalogue', async () => {
    await importPackage(await signed('unit', 1), options);
    const before = await getActiveVersion();
    expect(await refusalCode(importPackage(await signed('other-county', 99), options))).toBe('wrong-package');
    expect(await getActiveVersion()).toEqual(before);
    expect(await importPackage(await signed('unit', 2), options)).toMatchObject({ version: 2 });
  });

  it('keeps the rollback floor per package: the own next version is taken after a foreign one was rolled back', async () => {
    await importPackage(await signed('unit', 3), options);
    // A store from before this check: another package's version 100 was taken, then staff rolled it back.
    const foreign = (await getActiveVersion())!;
    await activateVersion({ ...foreign, packageId: 'other-county', version: 100 }, null);
    expect(await rollbackToPrevious()).toEqual({ from: 100, to: 3 });
    expect(await importPackage(await signed('unit', 4), options)).toMatchObject({ version: 4 });
  });

  it('takes the own package while another package is active, whatever its version', async () => {
    await importPackage(await signed('unit', 3), options);
    const foreign = (await getActiveVersion())!;
    await activateVersion({ ...foreign, packageId: 'other-county', version: 100 }, null);
    expect(await importPackage(await signed('unit', 4), options)).toMatchObject({ version: 4 });
    expect((await getActiveVersion())?.packageId).toBe('unit');
  });

  it('still bars a version its own package rolled back from, and a version not newer', async () => {
    await importPackage(await signed('unit', 1), options);
    await importPackage(await signed('unit', 2), options);
    await rollbackToPrevious();
    expect(await refusalCode(importPackage(await signed('unit', 2), options))).toBe('rolled-back');
    expect(await refusalCode(importPackage(await signed('unit', 1), options))).toBe('not-newer');
    expect(await importPackage(await signed('unit', 3), options)).toMatchObject({ version: 3 });
  });

  it("reads a floor stored before floors were kept per package as the active package's", async () => {
    await importPackage(await signed('unit', 1), options);
    await writeSetting('rolledBackVersion', 5);
    expect(await refusalCode(importPackage(await signed('unit', 5), options))).toBe('rolled-back');
    expect(await importPackage(await signed('unit', 6), options)).toMatchObject({ version: 6 });
  });
});
