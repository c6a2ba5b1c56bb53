// Package versions in IndexedDB and the one switch that makes a version active.
import { openChayueDB, type StoredVersion } from './db.ts';

const ACTIVE_KEY = 'activeVersion';

export async function getActiveVersionNumber(): Promise<number | undefined> {
  const db = await openChayueDB();
  return (await db.get('settings', ACTIVE_KEY)) as number | undefined;
}

export async function getActiveVersion(): Promise<StoredVersion | undefined> {
  const db = await openChayueDB();
  const tx = db.transaction(['settings', 'versions']);
  const active = (await tx.objectStore('settings').get(ACTIVE_KEY)) as number | undefined;
  const version = active === undefined ? undefined : await tx.objectStore('versions').get(active);
  await tx.done;
  return version;
}

/** Stores the version and makes it active in one transaction: a crash leaves either the old or the new version active. */
export async function activateVersion(version: StoredVersion): Promise<void> {
  const db = await openChayueDB();
  const tx = db.transaction(['settings', 'versions'], 'readwrite');
  await Promise.all([
    tx.objectStore('versions').put(version),
    tx.objectStore('settings').put(version.version, ACTIVE_KEY),
    tx.done,
  ]);
}
