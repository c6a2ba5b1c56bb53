// The print log in IndexedDB: one entry per job sent to the printer, newest first, for attendants and the annual report.
import { openChayueDB, type PrintLogEntry } from './db.ts';

// About a year of a busy reading point; older entries go first.
const KEEP_ENTRIES = 20_000;

export async function appendPrintLog(entry: Omit<PrintLogEntry, 'id'>): Promise<number> {
  const db = await openChayueDB();
  const tx = db.transaction('printLog', 'readwrite');
  const id = await tx.store.add(entry);
  const count = await tx.store.count();
  if (count > KEEP_ENTRIES) {
    let cursor = await tx.store.openCursor();
    for (let excess = count - KEEP_ENTRIES; cursor && excess > 0; excess--) {
      await cursor.delete();
      cursor = await cursor.continue();
    }
  }
  await tx.done;
  return id;
}

/** Writes what became of a logged job (CUPS finished it, or not); an entry no longer kept is left alone. */
export async function updatePrintLog(id: number, patch: Pick<PrintLogEntry, 'outcome'>): Promise<void> {
  const db = await openChayueDB();
  const tx = db.transaction('printLog', 'readwrite');
  const entry = await tx.store.get(id);
  if (entry) await tx.store.put({ ...entry, ...patch });
  await tx.done;
}

export interface PrintLogQuery {
  /** ISO time: only entries at or after it (e.g. the start of today). */
  since?: string;
  limit?: number;
}

/** Entries newest first. */
export async function readPrintLog({ since, limit = 500 }: PrintLogQuery = {}): Promise<PrintLogEntry[]> {
  const db = await openChayueDB();
  const range = since ? IDBKeyRange.lowerBound(since) : null;
  const entries: PrintLogEntry[] = [];
  let cursor = await db.transaction('printLog').store.index('time').openCursor(range, 'prev');
  while (cursor && entries.length < limit) {
    entries.push(cursor.value);
    cursor = await cursor.continue();
  }
  return entries;
}

/** Empties the log (staff, once the year's figures are exported); returns how many entries went. */
export async function clearPrintLog(): Promise<number> {
  const db = await openChayueDB();
  const tx = db.transaction('printLog', 'readwrite');
  const count = await tx.store.count();
  await tx.store.clear();
  await tx.done;
  return count;
}
