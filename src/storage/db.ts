// The IndexedDB schema (one typed DBSchema with its upgrade steps) and the one place that opens the database.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Catalogue, ManifestFile, Notices } from '../shared/package-format.ts';

export interface StoredBlob {
  sha256: string;
  size: number;
  type: string;
  blob: Blob;
}

/** One imported package version: everything a screen needs except the file bytes, which live in `blobs`. */
export interface StoredVersion {
  version: number;
  packageId: string;
  title: string;
  publisher: string;
  created: string;
  importedAt: string;
  /** Where it came from: a URL, or a file name for USB imports. */
  source: string;
  files: ManifestFile[];
  catalogue: Catalogue;
  notices: Notices | null;
}

/** One entry of the update log: every import tried, taken or refused, for the staff console. */
export interface UpdateLogEntry {
  id?: number;
  time: string;
  source: string;
  version: number | null;
  result: 'activated' | 'refused' | 'rolled-back' | 'unchanged';
  /** The refusal's code and file, when refused. */
  code?: string;
  path?: string;
  detail?: string;
}

export interface ChayueDB extends DBSchema {
  blobs: { key: string; value: StoredBlob };
  versions: { key: number; value: StoredVersion };
  /** A version's search data, built before the version is activated; its shape belongs to src/catalogue. */
  searchIndexes: { key: number; value: { version: number; data: unknown } };
  updateLog: { key: number; value: UpdateLogEntry };
  /** Small named values: the active version, the last good kiosk config. */
  settings: { key: string; value: unknown };
}

export const DB_NAME = 'chayue';
const DB_VERSION = 1;

let opening: Promise<IDBPDatabase<ChayueDB>> | undefined;

/** Opens (once per realm) the database, creating or upgrading its stores. */
export function openChayueDB(): Promise<IDBPDatabase<ChayueDB>> {
  opening ??= openDB<ChayueDB>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('blobs', { keyPath: 'sha256' });
        db.createObjectStore('versions', { keyPath: 'version' });
        db.createObjectStore('settings');
        db.createObjectStore('searchIndexes', { keyPath: 'version' });
        db.createObjectStore('updateLog', { keyPath: 'id', autoIncrement: true });
      }
    },
  });
  return opening;
}
