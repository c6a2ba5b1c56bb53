// Small named values kept across restarts (the active version, the last good kiosk config), typed by key (db.ts: Settings).
import { openChayueDB, type SettingKey, type Settings } from './db.ts';

/** The settings store of a transaction that may also span other stores. */
interface SettingsStore {
  get(key: SettingKey): Promise<unknown>;
}
interface WritableSettingsStore extends SettingsStore {
  put(value: Settings[SettingKey], key: SettingKey): Promise<unknown>;
  delete(key: SettingKey): Promise<unknown>;
}

/** Reads a setting inside the caller's transaction: versions.ts moves the active version with the versions it names. */
export async function readSettingIn<K extends SettingKey>(
  store: SettingsStore,
  key: K,
): Promise<Settings[K] | undefined> {
  // The one unchecked step, and it holds: only writeSettingIn (typed by the same key) puts a value under `key`.
  return (await store.get(key)) as Settings[K] | undefined;
}

export function writeSettingIn<K extends SettingKey>(
  store: WritableSettingsStore,
  key: K,
  value: Settings[K],
): Promise<unknown> {
  return store.put(value, key);
}

export async function readSetting<K extends SettingKey>(key: K): Promise<Settings[K] | undefined> {
  const db = await openChayueDB();
  return readSettingIn(db.transaction('settings').store, key);
}

export async function writeSetting<K extends SettingKey>(key: K, value: Settings[K]): Promise<void> {
  const db = await openChayueDB();
  const tx = db.transaction('settings', 'readwrite');
  await Promise.all([writeSettingIn(tx.store, key, value), tx.done]);
}
