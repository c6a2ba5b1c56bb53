// The update log in IndexedDB: every check and import, taken or refused, newest first for the staff console.
import { openChayueDB, type UpdateLogEntry } from './db.ts';

const KEEP_ENTRIES = 500;

export async function appendUpdateLog(entry: Omit<UpdateLogEntry, 'id' | 'time'>): Promise<void> {
  const db = await openChayueDB();
  const tx = db.transaction('updateLog', 'readwrite');
  await tx.store.add({ ...entry, time: new Date().toISOString() });
  // Bounded, so a terminal polling for months does not fill its storage with "unchanged".
  const count = await tx.store.count();
  if (count > KEEP_ENTRIES) {
    let cursor = await tx.store.openCursor();
    for (let excess = count - KEEP_ENTRIES; cursor && excess > 0; excess--) {
      await cursor.delete();
      cursor = await cursor.continue();
    }
  }
  await tx.done;
}

export async function readUpdateLog(limit = 50): Promise<UpdateLogEntry[]> {
  const db = await openChayueDB();
  const entries: UpdateLogEntry[] = [];
  let cursor = await db.transaction('updateLog').store.openCursor(null, 'prev');
  while (cursor && entries.length < limit) {
    entries.push(cursor.value);
    cursor = await cursor.continue();
  }
  return entries;
}
