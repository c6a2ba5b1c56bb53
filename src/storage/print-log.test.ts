// The print log must keep every job, read back newest first, and arrive by an upgrade that keeps a terminal's stored content.
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_NAME, openChayueDB } from './db.ts';
import { appendPrintLog, readPrintLog } from './print-log.ts';

const entry = (time: string, role: 'resident' | 'attendant' = 'resident') => ({
  time,
  docId: 'yx-2025-czj-009',
  indexNo: '11532602/2025-00009',
  pages: '3-5',
  pageCount: 3,
  copies: 1,
  role,
});

describe('print log', () => {
  it('upgrades a version-1 database without losing its stores', async () => {
    // A terminal from before printing: version 1 with a stored setting.
    const old = await openDB(DB_NAME, 1, {
      upgrade(db) {
        for (const name of ['blobs', 'versions', 'searchIndexes'])
          db.createObjectStore(name, { keyPath: name === 'blobs' ? 'sha256' : 'version' });
        db.createObjectStore('settings');
        db.createObjectStore('updateLog', { keyPath: 'id', autoIncrement: true });
      },
    });
    await old.put('settings', 7, 'activeVersion');
    old.close();
    const db = await openChayueDB();
    expect(await db.get('settings', 'activeVersion')).toBe(7);
    expect([...db.objectStoreNames].sort()).toEqual([
      'blobs',
      'heartbeats',
      'printLog',
      'searchIndexes',
      'settings',
      'updateLog',
      'usage',
      'versions',
    ]);
  });

  it('reads entries newest first, since a time, up to a limit', async () => {
    await appendPrintLog(entry('2026-03-04T09:00:00.000Z'));
    await appendPrintLog(entry('2026-03-05T09:00:00.000Z', 'attendant'));
    await appendPrintLog(entry('2026-03-05T10:00:00.000Z'));
    const all = await readPrintLog();
    expect(all.map((e) => e.time)).toEqual([
      '2026-03-05T10:00:00.000Z',
      '2026-03-05T09:00:00.000Z',
      '2026-03-04T09:00:00.000Z',
    ]);
    expect(all[1]).toMatchObject({ role: 'attendant', indexNo: '11532602/2025-00009', pages: '3-5', copies: 1 });
    expect(await readPrintLog({ since: '2026-03-05T00:00:00.000Z' })).toHaveLength(2);
    expect(await readPrintLog({ limit: 1 })).toHaveLength(1);
  });
});
