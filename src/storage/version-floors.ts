// Version floors kept per packageId: a package's new version must be newer than its active one and than any rolled back.
import { openChayueDB, type SettingKey, type Settings, type StoredVersion } from './db.ts';
import { readSettingIn, writeSettingIn } from './settings.ts';

/** The settings and versions stores of the caller's transaction. */
interface SettingsStore {
  get(key: SettingKey): Promise<unknown>;
  put(value: Settings[SettingKey], key: SettingKey): Promise<unknown>;
  delete(key: SettingKey): Promise<unknown>;
}
interface VersionsStore {
  get(version: number): Promise<StoredVersion | undefined>;
}

/** The floor for one package: its active version (when it is the active package) and its highest rolled-back one. */
export async function getVersionFloor(packageId: string): Promise<{ active?: number; rolledBack?: number }> {
  const db = await openChayueDB();
  const tx = db.transaction(['settings', 'versions']);
  const settings = tx.objectStore('settings');
  const active = await readSettingIn(settings, 'activeVersion');
  const activePackage = await activePackageIdIn(settings, tx.objectStore('versions'));
  const own = await readSettingIn(settings, `rolledBackVersion:${packageId}`);
  // A floor written before floors were per package belongs to the package that was active then, and still is.
  const legacy = activePackage === packageId ? await readSettingIn(settings, 'rolledBackVersion') : undefined;
  await tx.done;
  const rolledBack = own === undefined && legacy === undefined ? undefined : Math.max(own ?? 0, legacy ?? 0);
  return { active: activePackage === packageId ? active : undefined, rolledBack };
}

/** The active package's id; a store from before it was kept beside the number gives it from the version record. */
export async function activePackageIdIn(
  settings: Pick<SettingsStore, 'get'>,
  versions: VersionsStore,
): Promise<string | undefined> {
  const kept = await readSettingIn(settings, 'activePackageId');
  if (kept !== undefined) return kept;
  const active = await readSettingIn(settings, 'activeVersion');
  return active === undefined ? undefined : (await versions.get(active))?.packageId;
}

/** Bars `from` of `packageId` for good, folding in a floor from before floors were per package (it was that package's). */
export async function barRolledBack(
  settings: SettingsStore,
  packageId: string,
  from: number,
  legacyIsThisPackage: boolean,
): Promise<void> {
  const own = (await readSettingIn(settings, `rolledBackVersion:${packageId}`)) ?? 0;
  const legacy = legacyIsThisPackage ? ((await readSettingIn(settings, 'rolledBackVersion')) ?? 0) : 0;
  await writeSettingIn(settings, `rolledBackVersion:${packageId}`, Math.max(from, own, legacy));
  if (legacyIsThisPackage) await settings.delete('rolledBackVersion');
}

/** Moves a floor from before floors were per package to the package active now (it was that package's), once. */
export async function settleLegacyFloor(settings: SettingsStore, versions: VersionsStore): Promise<void> {
  const legacy = await readSettingIn(settings, 'rolledBackVersion');
  if (legacy === undefined) return;
  const owner = await activePackageIdIn(settings, versions);
  if (owner !== undefined) await barRolledBack(settings, owner, legacy, true);
  else await settings.delete('rolledBackVersion');
}
