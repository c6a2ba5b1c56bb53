// Package versions in IndexedDB and the one switch that makes a version active.
import { openChayueDB, type StoredVersion } from './db.ts';
import { readSetting, readSettingIn, writeSettingIn } from './settings.ts';

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

/**
 * Stores the version with its search data and makes it active, all in one transaction: a crash leaves either the old
 * or the new version active, and a catalogue is never active without the search data built for it.
 */
export async function activateVersion(version: StoredVersion, searchData: unknown): Promise<void> {
  const db = await openChayueDB();
  const tx = db.transaction(['settings', 'versions', 'searchIndexes'], 'readwrite');
  await Promise.all([
    tx.objectStore('versions').put(version),
    tx.objectStore('searchIndexes').put({ version: version.version, data: searchData }),
    writeSettingIn(tx.objectStore('settings'), 'activeVersion', version.version),
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

/** What a new package's version is checked against: newer than the active one and than any rolled-back one. */
export async function getVersionFloor(): Promise<{ active?: number; rolledBack?: number }> {
  const db = await openChayueDB();
  const tx = db.transaction('settings');
  const active = await readSettingIn(tx.store, 'activeVersion');
  const rolledBack = await readSettingIn(tx.store, 'rolledBackVersion');
  await tx.done;
  return { active, rolledBack };
}

/** The newest stored version below the active one: what a rollback returns to. */
export async function getPreviousVersionNumber(): Promise<number | undefined> {
  const active = await getActiveVersionNumber();
  if (active === undefined) return undefined;
  const db = await openChayueDB();
  const below = await db.getAllKeys('versions', IDBKeyRange.upperBound(active, true));
  return below.at(-1);
}

/** Makes the previous version active and bars the rolled-back one from being taken again; one transaction. */
export async function rollbackToPrevious(): Promise<{ from: number; to: number } | undefined> {
  const db = await openChayueDB();
  const tx = db.transaction(['settings', 'versions', 'searchIndexes'], 'readwrite');
  const settings = tx.objectStore('settings');
  const from = await readSettingIn(settings, 'activeVersion');
  const to =
    from === undefined
      ? undefined
      : (await tx.objectStore('versions').getAllKeys(IDBKeyRange.upperBound(from, true))).at(-1);
  if (from === undefined || to === undefined) {
    await tx.done;
    return undefined;
  }
  const barred = Math.max(from, (await readSettingIn(settings, 'rolledBackVersion')) ?? 0);
  await Promise.all([
    writeSettingIn(settings, 'activeVersion', to),
    writeSettingIn(settings, 'rolledBackVersion', barred),
    tx.objectStore('versions').delete(from),
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
