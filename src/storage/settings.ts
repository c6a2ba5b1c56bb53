// Small named values kept across restarts: which version is active, the last good kiosk config.
import { openChayueDB } from './db.ts';

export async function readSetting<T>(key: string): Promise<T | undefined> {
  const db = await openChayueDB();
  return (await db.get('settings', key)) as T | undefined;
}

export async function writeSetting(key: string, value: unknown): Promise<void> {
  const db = await openChayueDB();
  await db.put('settings', value, key);
}
