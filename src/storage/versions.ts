// Package versions in IndexedDB and the one switch that makes a version active.
import { openChayueDB, type StoredVersion } from './db.ts';
import { readSetting, readSettingIn, writeSettingIn } from './settings.ts';
import { activePackageIdIn, barRolledBack, settleLegacyFloor } from './version-floors.ts';

export { getVersionFloor } from './version-floors.ts';

export async function getActiveVersionNumber(): Promise<number | undefined> {
  return readSetting('activeVersion');
}

export async function getActiveVersion(): Promise<StoredVersion | undefined> {
  const db = await openChayueDB();
  const tx = db.transaction(['settings', 'versions']);
  const active = await readSettingIn(tx.objectStore('settings'), 'activeVersion');
  const version = active === undefined ? undefined : await tx.objectStore('versions').get(active);
  await tx.done;
  return version;
}

export async function getVersion(version: number): Promise<StoredVersion | undefined> {
  const db = await openChayueDB();
  return db.get('versions', version);
}

/** A version names blobs the store does not hold (pruned or lost since they were stored): it must not become active. */
export class MissingBlobsError extends Error {
  constructor(readonly sha256s: string[]) {
    super(`${sha256s.length} blobs missing: ${sha256s.slice(0, 3).join(', ')}`);
  }
}

/**
 * Stores the version with its search data and makes it active, all in one transaction: a crash leaves either the old
 * or the new version active, and a catalogue is never active without the search data built for it. Every blob the
 * version lists is checked inside the same transaction, so nothing can delete one between the check and the switch.
 */
export async function activateVersion(version: StoredVersion, searchData: unknown): Promise<void> {
  const db = await openChayueDB();
  const tx = db.transaction(['settings', 'versions', 'searchIndexes', 'blobs'], 'readwrite');
  const blobs = tx.objectStore('blobs');
  const wanted = [...new Set(version.files.map((f) => f.sha256))];
  const held = await Promise.all(wanted.map((sha) => blobs.getKey(sha)));
  const missing = wanted.filter((_, i) => held[i] === undefined);
  if (missing.length > 0) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new MissingBlobsError(missing);
  }
  const settings = tx.objectStore('settings');
  await settleLegacyFloor(settings, tx.objectStore('versions'));
  await Promise.all([
    tx.objectStore('versions').put(version),
    tx.objectStore('searchIndexes').put({ version: version.version, data: searchData }),
    writeSettingIn(settings, 'activeVersion', version.version),
    writeSettingIn(settings, 'activePackageId', version.packageId),
    tx.done,
  ]);
}

/** Replaces a stored version's search data, when it was missing or of an older format; the version must exist. */
export async function storeSearchIndex(version: number, searchData: unknown): Promise<void> {
  const db = await openChayueDB();
  const tx = db.transaction(['versions', 'searchIndexes'], 'readwrite');
  if ((await tx.objectStore('versions').getKey(version)) === undefined) {
    tx.abort();
    throw new Error(`version ${version} is not stored`);
  }
  await Promise.all([tx.objectStore('searchIndexes').put({ version, data: searchData }), tx.done]);
}

/** The search data stored with a version (its shape belongs to src/catalogue), or undefined. */
export async function getSearchIndex(version: number): Promise<unknown> {
  const db = await openChayueDB();
  return (await db.get('searchIndexes', version))?.data;
}

/** The newest stored version below the active one: what a rollback returns to. */
export async function getPreviousVersionNumber(): Promise<number | undefined> {
  const active = await getActiveVersionNumber();
  if (active === undefined) return undefined;
  const db = await openChayueDB();
  const below = await db.getAllKeys('versions', IDBKeyRange.upperBound(active, true));
  return below.at(-1);
}

/** Makes the previous version active and bars the rolled-back one, for its package, from being taken again; one transaction. */
export async function rollbackToPrevious(): Promise<{ from: number; to: number } | undefined> {
  const db = await openChayueDB();
  const tx = db.transaction(['settings', 'versions', 'searchIndexes'], 'readwrite');
  const settings = tx.objectStore('settings');
  const versions = tx.objectStore('versions');
  const from = await readSettingIn(settings, 'activeVersion');
  const to = from === undefined ? undefined : (await versions.getAllKeys(IDBKeyRange.upperBound(from, true))).at(-1);
  if (from === undefined || to === undefined) {
    await tx.done;
    return undefined;
  }
  const fromPackage = (await activePackageIdIn(settings, versions)) ?? '';
  await barRolledBack(settings, fromPackage, from, true);
  const toPackage = (await versions.get(to))?.packageId ?? fromPackage;
  await Promise.all([
    writeSettingIn(settings, 'activeVersion', to),
    writeSettingIn(settings, 'activePackageId', toPackage),
    versions.delete(from),
    tx.objectStore('searchIndexes').delete(from),
    tx.done,
  ]);
  return { from, to };
}

/**
 * Keeps the active version and the one before it (for rollback); deletes older versions and every blob
 * that no kept version lists. Runs only after an update succeeded, so a failed one never costs the fallback.
 */
export async function pruneVersions(): Promise<{ versions: number; blobs: number }> {
  const active = await getActiveVersionNumber();
  if (active === undefined) return { versions: 0, blobs: 0 };
  const db = await openChayueDB();
  const previous = await getPreviousVersionNumber();
  const keep = new Set([active, previous].filter((v) => v !== undefined));
  const doomed = (await db.getAllKeys('versions')).filter((v) => !keep.has(v));

  const tx = db.transaction(['versions', 'searchIndexes', 'blobs'], 'readwrite');
  const referenced = new Set<string>();
  for (const v of keep) (await tx.objectStore('versions').get(v))?.files.forEach((f) => referenced.add(f.sha256));
  const unreferenced = (await tx.objectStore('blobs').getAllKeys()).filter((sha) => !referenced.has(sha));
  await Promise.all([
    ...doomed.flatMap((v) => [tx.objectStore('versions').delete(v), tx.objectStore('searchIndexes').delete(v)]),
    ...unreferenced.map((sha) => tx.objectStore('blobs').delete(sha)),
    tx.done,
  ]);
  return { versions: doomed.length, blobs: unreferenced.length };
}
