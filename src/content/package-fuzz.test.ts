// Fuzz: a damaged package is refused with a named reason and the catalogue stays; one signed again is taken whole or refused.
import 'fake-indexeddb/auto';
import { zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportFailureCode } from '../shared/import-messages.ts';
import type { Catalogue } from '../shared/package-format.ts';
import type { StoredVersion } from '../storage/db.ts';
import { getActiveVersion, getSearchIndex, pruneVersions } from '../storage/versions.ts';
import { ImportError } from './import-error.ts';
import { importPackage, type ImportOptions } from './import-package.ts';
import type { PackageSource } from './package-source.ts';
import { mutateForSigning, mutateWithoutSigning } from './test-support/package-mutations.ts';
import {
  makeSigningKey,
  manifestFor,
  memoryPackage,
  memorySource,
  signEntries,
  type PackageEntries,
} from './test-support/memory-package.ts';
import { seededRandom, type Random } from './test-support/seeded-random.ts';
import { verifyStoredFiles } from './verify-stored.ts';
import { zipSource } from './zip-source.ts';

// `FUZZ_RUNS=5000 npx vitest run src/content/package-fuzz.test.ts` for the long run; FUZZ_SEED replays one.
const RUNS = Number(process.env.FUZZ_RUNS ?? 520);
const SEED = Number(process.env.FUZZ_SEED ?? 20261203);
// One in four is signed again after the damage; the others must all be refused.
const SIGNED_AGAIN_SHARE = 0.25;

const key = await makeSigningKey();
const options: ImportOptions = {
  packageId: 'unit',
  trustedKeys: [key.publicKey],
  allowUnsigned: false,
  maxPackageBytes: 2 * 1024 * 1024,
};

/** Half the runs go through the USB zip reader (some zipped with a top folder), half through a folder. */
async function sourceFor(entries: PackageEntries, random: Random): Promise<PackageSource> {
  if (random.next() < 0.5) return memorySource(entries);
  const prefix = random.next() < 0.5 ? 'pkg/' : '';
  const zip = zipSync(Object.fromEntries([...entries].map(([path, bytes]) => [prefix + path, bytes])), { level: 0 });
  return zipSource(new Blob([zip]), 64 * 1024 * 1024);
}

async function refusalOf(run: () => Promise<unknown>): Promise<ImportFailureCode | 'taken'> {
  try {
    await run();
    return 'taken';
  } catch (e) {
    // Anything but an ImportError would reach staff as a bare "storage" error: not a named reason.
    if (!(e instanceof ImportError)) throw new Error(`not a named refusal: ${String(e)}`, { cause: e });
    return e.failure.code;
  }
}

/** The active version is whole: every file stored with its hash, and the search data built for it. */
async function expectWhole(active: StoredVersion | undefined, label: string) {
  expect(active, label).toBeDefined();
  expect((await verifyStoredFiles(() => undefined))?.bad, label).toEqual([]);
  expect(await getSearchIndex(active!.version), label).toBeDefined();
}

describe('package fuzz', () => {
  let active: StoredVersion | undefined;

  beforeAll(async () => {
    await importPackage(memorySource(await signEntries(await memoryPackage({ version: 1 }), key)), options);
    active = await getActiveVersion();
  });

  it(`refuses ${RUNS} damaged packages by name, or takes one signed again whole (seed ${SEED})`, async () => {
    const random = seededRandom(SEED);
    const tally = new Map<string, number>();
    for (let run = 0; run < RUNS; run++) {
      const version = run + 2;
      const entries = await memoryPackage({
        version,
        docCount: 1 + random.int(4),
        withNotices: random.next() < 0.3,
      });
      const signedAgain = random.next() < SIGNED_AGAIN_SHARE;
      let label: string;
      let expected: ImportFailureCode[] | null = null;
      if (signedAgain) {
        const mutation = mutateForSigning(entries, random);
        entries.set('manifest.json', await manifestFor(entries, { packageId: 'unit', version }));
        await signEntries(entries, key);
        label = `run ${run} (seed ${SEED}): ${mutation.kind} ${mutation.target}, signed again`;
      } else {
        await signEntries(entries, key);
        const mutation = mutateWithoutSigning(entries, random);
        expected = mutation.expected;
        label = `run ${run} (seed ${SEED}): ${mutation.kind} ${mutation.target}`;
      }
      const outcome = await refusalOf(async () => importPackage(await sourceFor(entries, random), options));
      const bucket = `${signedAgain ? 'signed again' : 'not signed again'}: ${outcome}`;
      tally.set(bucket, (tally.get(bucket) ?? 0) + 1);

      const now = await getActiveVersion();
      if (outcome === 'taken') {
        expect(expected, `${label}: taken`).toBeNull();
        expect(now?.version, label).toBe(version);
        const catalogue = JSON.parse(new TextDecoder().decode(entries.get('catalogue.json'))) as Catalogue;
        expect(now?.catalogue, label).toEqual(catalogue);
        await expectWhole(now, label);
        active = now;
        await pruneVersions();
      } else {
        if (expected) expect(expected, `${label}: refused as ${outcome}`).toContain(outcome);
        expect(now, `${label}: the active catalogue changed`).toEqual(active);
      }
    }
    await expectWhole(await getActiveVersion(), 'after the fuzz');
    console.info(`package fuzz, ${RUNS} runs, seed ${SEED}:`, Object.fromEntries([...tally].sort()));
  }, 600_000);
});
