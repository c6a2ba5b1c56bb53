// Imports killed at random points: each leaves the active catalogue whole, and the next import completes.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { StoredVersion } from '../storage/db.ts';
import type { PackageSource } from './package-source.ts';
import { KillSwitch } from './test-support/kill-switch.ts';
import { makeSigningKey, memoryPackage, memorySource, signEntries } from './test-support/memory-package.ts';
import { seededRandom } from './test-support/seeded-random.ts';

// By default one import shape is killed at every one of its await points in turn, so no point is left to chance.
// `KILL_RUNS=300 npx vitest run src/content/import-kill.test.ts` kills that many imports of random shapes at random
// points instead; KILL_SEED replays one.
const RANDOM_KILLS = process.env.KILL_RUNS ? Number(process.env.KILL_RUNS) : null;
const SEED = Number(process.env.KILL_SEED ?? 7);

const key = await makeSigningKey();
const options = { packageId: 'unit', trustedKeys: [key.publicKey], allowUnsigned: false, maxPackageBytes: 10_000_000 };
const killSwitch = new KillSwitch().install();

/** The app's modules as a restarted page loads them: no connection, cache or state of the killed run survives. */
async function restartedApp() {
  vi.resetModules();
  const [versions, importer, verifier] = await Promise.all([
    import('../storage/versions.ts'),
    import('./import-package.ts'),
    import('./verify-stored.ts'),
  ]);
  return { ...versions, ...importer, ...verifier };
}

/** Every file read is an await point the kill can land on, like every IndexedDB call. */
function killable(source: PackageSource): PackageSource {
  return {
    ...source,
    open: async (path, optional) => {
      killSwitch.step();
      return source.open(path, optional);
    },
  };
}

async function expectWhole(app: Awaited<ReturnType<typeof restartedApp>>, expected: StoredVersion, label: string) {
  const active = await app.getActiveVersion();
  expect(active, label).toEqual(expected);
  expect((await app.verifyStoredFiles(() => undefined))?.bad, label).toEqual([]);
  expect(await app.getSearchIndex(expected.version), label).toBeDefined();
}

describe('imports killed mid-way', () => {
  const mode = RANDOM_KILLS ? `${RANDOM_KILLS} random kills (seed ${SEED})` : 'a kill at every await point';
  it(`leave the catalogue whole and the next import complete: ${mode}`, async () => {
    const random = seededRandom(SEED);
    const shape = () =>
      RANDOM_KILLS
        ? { docCount: 2 + random.int(4), withNotices: random.next() < 0.5 }
        : { docCount: 3, withNotices: true };
    const packageFor = async (version: number) => signEntries(await memoryPackage({ version, ...shape() }), key);

    killSwitch.arm(Infinity);
    let app = await restartedApp();
    await app.importPackage(memorySource(await packageFor(1)), options);
    // How many await points a whole import has: kills are spread over them (and a few land past its end).
    killSwitch.arm(Infinity);
    await app.importPackage(killable(memorySource(await packageFor(2))), options);
    const stepsOfOneImport = killSwitch.steps;
    let active = (await app.getActiveVersion())!;

    const kills = RANDOM_KILLS ?? stepsOfOneImport;
    const landed: number[] = [];
    for (let version = 3, killed = 0; killed < kills; version++) {
      const entries = await packageFor(version);
      const at = RANDOM_KILLS ? 1 + random.int(stepsOfOneImport + 3) : killed + 1;
      const label = `version ${version} killed at step ${at} of ~${stepsOfOneImport} (seed ${SEED})`;
      killSwitch.arm(at);
      // A killed import may never settle (its storage calls never answer): the kill itself ends the wait.
      const outcome = await Promise.race([
        app.importPackage(killable(memorySource(entries)), options).then(
          () => 'done',
          () => 'stopped',
        ),
        killSwitch.whenKilled.then(() => 'stopped'),
      ]);
      if (!killSwitch.killed) {
        // The kill came after the import's last step: nothing to recover, it is simply the next version.
        killSwitch.arm(Infinity);
        expect(outcome, label).toBe('done');
        active = (await app.getActiveVersion())!;
        continue;
      }
      expect(outcome, label).toBe('stopped');
      killed++;
      landed.push(at);

      killSwitch.arm(Infinity);
      app = await restartedApp();
      await expectWhole(app, active, `${label}: after the restart`);
      await app.importPackage(memorySource(entries), options);
      active = (await app.getActiveVersion())!;
      expect(active.version, `${label}: the next import`).toBe(version);
      await expectWhole(app, active, `${label}: the next import`);
    }
    expect(landed.length).toBeGreaterThanOrEqual(20);
    console.info(`import kills, ${mode}: ${landed.length} kills at steps ${landed.join(', ')} of ~${stepsOfOneImport}`);
  }, 600_000);
});
