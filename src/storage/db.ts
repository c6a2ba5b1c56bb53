// The IndexedDB schema (one typed DBSchema with its upgrade steps) and the one place that opens the database.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ImportFailure } from '../shared/import-messages.ts';
import type { Catalogue, ManifestFile, Notices } from '../shared/package-format.ts';
import type { DayFigures } from '../shared/usage-figures.ts';

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
  /** `verified` / `verify-failed`: staff re-hashed the stored files (the bad ones in `path` and `detail`). */
  result: 'activated' | 'refused' | 'rolled-back' | 'unchanged' | 'verified' | 'verify-failed';
  /** The refusal's code and file, when refused. */
  code?: string;
  path?: string;
  detail?: string;
}

/** One print job sent to the printer: what was printed and by whom (resident or attendant), nothing about the person. */
export interface PrintLogEntry {
  id?: number;
  time: string;
  docId: string;
  indexNo: string;
  /** The document's pages as chosen, e.g. "1-3,5"; "text" pages for a reflowed web page. */
  pages: string;
  pageCount: number;
  copies: number;
  role: 'resident' | 'attendant';
  /**
   * What became of it: `printing` while CUPS has it, `completed` or `failed` as CUPS said, `unknown` when it went
   * through the browser's printing (which never tells) or was lost track of. Entries from before were all `unknown`.
   */
  outcome?: PrintOutcomeState;
  /** The CUPS job ids, when the terminal's local server printed it (several when it went in parts). */
  cupsJobs?: number[];
}

export type PrintOutcomeState = 'printing' | 'completed' | 'failed' | 'unknown';

/** The last look for a new package, for the staff console. */
export interface LastCheck {
  time: string;
  result: 'activated' | 'unchanged' | 'refused';
  version?: number;
  failure?: ImportFailure;
}

export type PinRole = 'staff' | 'attendant';

/** A role's wrong PIN entries since its last success, and how long it is locked (0: not locked). */
export interface PinLockState {
  failures: number;
  lockedUntil: number;
}

/** A PIN set at the terminal (config `"local"`): PBKDF2-SHA-256, base64, as a config entry would hold it. */
export interface LocalPin {
  salt: string;
  iterations: number;
  hash: string;
  /** When it was set, for the staff console. */
  setAt: string;
}

/** One wrong PIN entry kept for the staff console: when, and whose PIN was tried; never the digits. */
export interface PinFailure {
  time: string;
  role: PinRole;
}

/** Every key of the `settings` store and the type of its value: storage/settings.ts reads and writes by these. */
export interface Settings {
  /** The version the catalogue is served from. */
  activeVersion: number;
  /** The active version's packageId, kept beside its number so a floor check need not read the whole catalogue. */
  activePackageId: string;
  /** Before floors were kept per package: the highest version rolled back from, read as the active package's. */
  rolledBackVersion: number;
  /** Per packageId: the highest version staff rolled back from; only a newer one of that package is taken again. */
  [rolledBack: `rolledBackVersion:${string}`]: number;
  lastUpdateCheck: LastCheck;
  /** The China-time day the last heartbeat was queued for. */
  heartbeatLastDay: string;
  /** The latest wrong PIN entries (kiosk/pin.ts keeps 100), oldest first. */
  pinFailures: PinFailure[];
  'pinLock:staff': PinLockState;
  'pinLock:attendant': PinLockState;
  /** PINs set at the terminal when the config says `"local"`: never served, lost with the browser profile. */
  'localPin:staff': LocalPin;
  'localPin:attendant': LocalPin;
  /** Per content URL: the version and sha256 of the manifest last taken, so polling an unchanged server logs nothing. */
  [seen: `manifestSeen:${string}`]: { version: number; sha256: string };
  /** Per site: its kiosk config as last fetched and found good, checked again on read (an older app may have kept it). */
  [config: `config:${string}`]: unknown;
}

export type SettingKey = keyof Settings;

export interface ChayueDB extends DBSchema {
  blobs: { key: string; value: StoredBlob };
  versions: { key: number; value: StoredVersion };
  /** A version's search data, built before the version is activated; its shape belongs to src/catalogue. */
  searchIndexes: { key: number; value: { version: number; data: unknown } };
  updateLog: { key: number; value: UpdateLogEntry };
  printLog: { key: number; value: PrintLogEntry; indexes: { time: string } };
  /** Small named values, each key's type declared in Settings: the active version, the last good kiosk config. */
  settings: { key: SettingKey; value: Settings[SettingKey] };
  /** Anonymous usage counters, one record per China-time day, plus one `summed` record for days past the keeping period. */
  usage: { key: string; value: DayFigures };
  /** Heartbeats not yet taken by `heartbeatUrl`, oldest first; `body` is the JSON as it will be sent. */
  heartbeats: { key: number; value: QueuedHeartbeat };
}

export interface QueuedHeartbeat {
  id?: number;
  /** The China-time day it reports. */
  day: string;
  body: string;
  attempts: number;
  /** Milliseconds since the epoch: not sent again before then (the back-off). */
  notBefore: number;
}

export const DB_NAME = 'chayue';
const DB_VERSION = 3;

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
      if (oldVersion < 2) {
        // Version 2 adds the print log; the stores of version 1 are kept as they are.
        const printLog = db.createObjectStore('printLog', { keyPath: 'id', autoIncrement: true });
        printLog.createIndex('time', 'time');
      }
      if (oldVersion < 3) {
        // Version 3 adds the usage figures and the heartbeat queue.
        db.createObjectStore('usage', { keyPath: 'day' });
        db.createObjectStore('heartbeats', { keyPath: 'id', autoIncrement: true });
      }
    },
  });
  return opening;
}
