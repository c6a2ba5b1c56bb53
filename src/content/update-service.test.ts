// Checks and imports go through one queue: a 304 is no proof of "unchanged", and pruning never races the next import.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportProgress, ImportRequest } from '../shared/import-messages.ts';
import { openChayueDB } from '../storage/db.ts';
import { getActiveVersion } from '../storage/versions.ts';
import { ImportError } from './import-error.ts';
import { importPackage } from './import-package.ts';
import type { ImportOutcome, RunningImport } from './import-worker-client.ts';
import { memoryPackage, memorySource, type PackageEntries } from './test-support/memory-package.ts';
import { withPrefetched, type PackageSource } from './package-source.ts';
import { ContentUpdates, type UpdateSettings, type UpdateWorkers } from './update-service.ts';
import { verifyStoredFiles } from './verify-stored.ts';

// The prune after an import is held until a test lets it go, so a queued import can be caught in the middle of it.
const pruneGate = vi.hoisted(() => ({ started: () => undefined as void, hold: Promise.resolve() }));
vi.mock('../storage/versions.ts', async (actual) => {
  const real = await actual<typeof import('../storage/versions.ts')>();
  return {
    ...real,
    pruneVersions: async () => {
      pruneGate.started();
      await pruneGate.hold;
      return real.pruneVersions();
    },
  };
});

const CONTENT_URL = 'https://packages.example/yunxi/';
const settings: UpdateSettings = {
  contentUrl: CONTENT_URL,
  packageId: 'unit',
  trustedKeys: [],
  allowUnsigned: true,
  maxPackageBytes: 10_000_000,
};

/** The import worker's jobs, run in this realm against the real pipeline; `sources` answers the non-URL specs. */
function workersFor(sources: Map<string, PackageSource>, server: () => PackageEntries): UpdateWorkers {
  const startImport = (request: Omit<ImportRequest, 'type'>): RunningImport => {
    const { source: spec, ...options } = request;
    const source =
      spec.kind === 'url'
        ? withPrefetched(memorySource(server()), 'manifest.json', spec.manifestBytes)
        : sources.get(spec.kind === 'zip' ? spec.file.name : '')!;
    const done: Promise<ImportOutcome> = importPackage(source, options).then(
      (r) => ({ ok: true, ...r }),
      (e: unknown) => {
        if (e instanceof ImportError) return { ok: false, failure: e.failure };
        throw e;
      },
    );
    return { done, cancel: () => undefined };
  };
  const verifyStored = async (onProgress: (p: ImportProgress) => void) =>
    ({ ok: true, check: await verifyStoredFiles(onProgress) }) as const;
  return { startImport, verifyStored };
}

beforeEach(async () => {
  const db = await openChayueDB();
  await Promise.all((['blobs', 'versions', 'settings', 'searchIndexes', 'updateLog'] as const).map((s) => db.clear(s)));
});
afterEach(() => vi.unstubAllGlobals());

describe('checkNow', () => {
  it('takes a manifest rewritten in the same second, though the server answers If-Modified-Since with 304', async () => {
    let served = await memoryPackage({ version: 1 });
    // A server with 1-second Last-Modified: both manifests carry the same stamp.
    const lastModified = 'Wed, 01 Jul 2026 08:00:00 GMT';
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
      const headers = new Headers(init?.headers);
      if (headers.get('If-Modified-Since') === lastModified) return new Response(null, { status: 304 });
      expect(String(input)).toBe(`${CONTENT_URL}manifest.json`);
      return new Response(served.get('manifest.json'), { headers: { 'Last-Modified': lastModified } });
    });
    const updates = new ContentUpdates(
      settings,
      undefined,
      workersFor(new Map(), () => served),
    );
    expect(await updates.checkNow()).toMatchObject({ ok: true, version: 1 });
    served = await memoryPackage({ version: 2 });
    expect(await updates.checkNow()).toMatchObject({ ok: true, version: 2 });
    expect(await updates.checkNow()).toEqual({ ok: false, unchanged: true });
  });

  it('calls a manifest unchanged only when its version and bytes are those last taken', async () => {
    const first = await memoryPackage({ version: 1 });
    let served = first;
    vi.stubGlobal('fetch', async () => new Response(served.get('manifest.json')));
    const updates = new ContentUpdates(
      settings,
      undefined,
      workersFor(new Map(), () => served),
    );
    await updates.checkNow();
    // The same version number with other bytes is not "the version we run": it is looked at (and refused as not newer).
    served = await memoryPackage({ version: 1, salt: 'rewritten' });
    expect(await updates.checkNow()).toMatchObject({ ok: false, failure: { code: 'not-newer' } });
    served = first;
    expect(await updates.checkNow()).toEqual({ ok: false, unchanged: true });
  });
});

describe('checkNow after a rollback', () => {
  it('looks at the rolled-back manifest again and says why it is not taken, instead of "no new version"', async () => {
    let served = await memoryPackage({ version: 1 });
    vi.stubGlobal('fetch', async () => new Response(served.get('manifest.json')));
    const updates = new ContentUpdates(
      settings,
      undefined,
      workersFor(new Map(), () => served),
    );
    await updates.checkNow();
    served = await memoryPackage({ version: 2 });
    await updates.checkNow();
    await updates.rollback();
    expect(await updates.checkNow()).toMatchObject({ ok: false, failure: { code: 'rolled-back' } });
  });
});

describe('the import queue', () => {
  it('prunes old versions before the next queued import starts, so no file of the new version goes missing', async () => {
    const sources = new Map<string, PackageSource>();
    const updates = new ContentUpdates(
      settings,
      undefined,
      workersFor(sources, () => new Map()),
    );
    const zip = (name: string) => new File([], name);
    for (const version of [1, 2]) {
      sources.set(`v${version}.zip`, memorySource(await memoryPackage({ version })));
      await updates.importZip(zip(`v${version}.zip`), () => undefined);
    }
    // Version 4 has more files than one storage batch: its first 16 are stored before it opens the 17th (opens 1 and 2: manifest.json, manifest.sig).
    const v4 = await memoryPackage({ version: 4, docCount: 10 });
    const v4Source = memorySource(v4);
    let releasePrune: () => void = () => undefined;
    pruneGate.hold = new Promise((resolve) => (releasePrune = resolve));
    let opened = 0;
    sources.set('v3.zip', memorySource(await memoryPackage({ version: 3 })));
    sources.set('v4.zip', {
      ...v4Source,
      async open(path, optional) {
        // Half-way through, the prune of version 3's import is let go (if it is waiting), and runs to its end.
        if (++opened === 19) {
          releasePrune();
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        return v4Source.open(path, optional);
      },
    });
    const third = updates.importZip(zip('v3.zip'), () => undefined);
    const fourth = updates.importZip(zip('v4.zip'), () => undefined);
    // Released by version 4's import if it runs now; otherwise once version 3's prune is waited on alone.
    pruneGate.started = () => setTimeout(releasePrune, 200);
    expect(await third).toMatchObject({ ok: true, version: 3 });
    expect(await fourth).toMatchObject({ ok: true, version: 4 });
    const active = (await getActiveVersion())!;
    const db = await openChayueDB();
    const missing = [];
    for (const f of active.files) if ((await db.getKey('blobs', f.sha256)) === undefined) missing.push(f.path);
    expect(missing).toEqual([]);
    pruneGate.hold = Promise.resolve();
    pruneGate.started = () => undefined;
  });
});

describe('verifyStored', () => {
  it('writes what it found in the update log: all good, then a corrupted file by name', async () => {
    const sources = new Map([['v1.zip', memorySource(await memoryPackage({ version: 1 }))]]);
    const updates = new ContentUpdates(
      settings,
      undefined,
      workersFor(sources, () => new Map()),
    );
    await updates.importZip(new File([], 'v1.zip'), () => undefined);
    expect(await updates.verifyStored(() => undefined)).toMatchObject({ ok: true, check: { bad: [] } });
    const file = (await getActiveVersion())!.files.find((f) => f.path === 'catalogue.json')!;
    const db = await openChayueDB();
    const stored = (await db.get('blobs', file.sha256))!;
    await db.put('blobs', { ...stored, blob: new Blob(['x'.repeat(stored.size)]) });
    await updates.verifyStored(() => undefined);
    const [latest, earlier] = await updates.log(2);
    expect(earlier).toMatchObject({ result: 'verified', version: 1 });
    expect(latest).toMatchObject({ result: 'verify-failed', code: 'hash-mismatch', path: 'catalogue.json' });
  });
});
