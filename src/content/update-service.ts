// Content updates for the page: first start, scheduled checks, USB imports, rollback; every outcome goes in the update log.
import type { ImportProgress, ImportSourceSpec, PickedFile } from '../shared/import-messages.ts';
import { readSetting, writeSetting } from '../storage/settings.ts';
import type { LastCheck, UpdateLogEntry } from '../storage/db.ts';

export type { LastCheck, UpdateLogEntry };
import { appendUpdateLog, readUpdateLog } from '../storage/update-log.ts';
import { pruneVersions, rollbackToPrevious } from '../storage/versions.ts';
import { ImportError } from './import-error.ts';
import {
  importInWorker,
  verifyStoredInWorker,
  type ImportOutcome,
  type RunningImport,
  type StoredFilesOutcome,
} from './import-worker-client.ts';
import { probeManifest, seenManifestKey } from './manifest-probe.ts';

export interface UpdateSettings {
  contentUrl: string;
  packageId: string;
  trustedKeys: string[];
  allowUnsigned: boolean;
  maxPackageBytes: number;
}

const LAST_CHECK_KEY = 'lastUpdateCheck';

export interface UpdateWorkers {
  startImport: typeof importInWorker;
  verifyStored: typeof verifyStoredInWorker;
}

export class ContentUpdates {
  private running: RunningImport | null = null;
  private queue: Promise<unknown> | null = null;

  /**
   * `onActivated` hears of every new active version, from any source, so the app can switch when it suits the reader.
   * `workers` are the import worker's jobs; a unit test runs the same code in its own realm instead.
   */
  constructor(
    private readonly settings: UpdateSettings,
    private readonly onActivated: (version: number) => void = () => undefined,
    private readonly workers: UpdateWorkers = { startImport: importInWorker, verifyStored: verifyStoredInWorker },
  ) {}

  get busy(): boolean {
    return this.queue !== null;
  }

  /** Looks at `contentUrl` now and takes a newer package; at most one import runs at a time. */
  async checkNow(onProgress: (p: ImportProgress) => void = () => undefined): Promise<ImportOutcome> {
    const url = new URL(this.settings.contentUrl, globalThis.document?.baseURI).href;
    return this.run(url, async () => {
      let probe;
      try {
        // Looked at from the page: the import worker (and its code) starts only when there is something to take.
        probe = await probeManifest(url, this.settings.packageId);
      } catch (e) {
        if (e instanceof ImportError) return { ok: false, failure: e.failure };
        throw e;
      }
      if (!probe.changed) return { ok: false, unchanged: true };
      const outcome = await this.importWith({ kind: 'url', url, manifestBytes: probe.manifestBytes }, onProgress);
      // Remember the manifest only once it was taken: one cut off or refused is looked at again next time.
      if (outcome.ok && probe.seen) await writeSetting(seenManifestKey(url), probe.seen);
      return outcome;
    });
  }

  importZip(file: File, onProgress: (p: ImportProgress) => void): Promise<ImportOutcome> {
    return this.run(file.name, () => this.importWith({ kind: 'zip', file }, onProgress));
  }

  importFolder(files: PickedFile[], onProgress: (p: ImportProgress) => void): Promise<ImportOutcome> {
    const folder = files[0]?.relativePath.split('/')[0] ?? 'folder';
    return this.run(folder, () => this.importWith({ kind: 'folder', files }, onProgress));
  }

  cancel(): void {
    this.running?.cancel();
  }

  async rollback(): Promise<{ from: number; to: number } | undefined> {
    const result = await rollbackToPrevious();
    if (result) {
      await appendUpdateLog({
        source: 'staff',
        version: result.to,
        result: 'rolled-back',
        detail: `${result.from} → ${result.to}`,
      });
      this.onActivated(result.to);
    }
    return result;
  }

  log(limit = 50): Promise<UpdateLogEntry[]> {
    return readUpdateLog(limit);
  }

  lastCheck(): Promise<LastCheck | undefined> {
    return readSetting(LAST_CHECK_KEY);
  }

  /** The update schedule's check (kiosk/update-schedule.ts): skipped while an import, a staff one too, is under way. */
  async scheduledCheck(): Promise<void> {
    if (!this.busy) await this.checkNow();
  }

  /**
   * Re-hashes every stored file of the active version, in the import queue (a prune must not delete what it reads),
   * and writes what it found in the update log.
   */
  verifyStored(onProgress: (p: ImportProgress) => void): Promise<StoredFilesOutcome> {
    return this.serial(async () => {
      const outcome = await this.workers.verifyStored(onProgress);
      await appendUpdateLog(verificationLogEntry(outcome));
      return outcome;
    });
  }

  /** One import, with its record and prune, in the queue. */
  private run(sourceName: string, work: () => Promise<ImportOutcome>): Promise<ImportOutcome> {
    return this.serial(async () => {
      const outcome = await work();
      await this.record(outcome, sourceName);
      return outcome;
    });
  }

  /**
   * One job at a time, from start to its last write: a staff action waits for a scheduled check under way, and the
   * next import waits for the previous one's record and prune (a prune beside an import deleted its new files).
   */
  private async serial<T>(work: () => Promise<T>): Promise<T> {
    while (this.queue) await this.queue.catch(() => undefined);
    const job = work();
    this.queue = job;
    try {
      return await job;
    } finally {
      this.queue = null;
    }
  }

  private async importWith(spec: ImportSourceSpec, onProgress: (p: ImportProgress) => void): Promise<ImportOutcome> {
    const { packageId, trustedKeys, allowUnsigned, maxPackageBytes } = this.settings;
    // Ask once for storage the browser will not evict: weeks offline must not lose the catalogue.
    await globalThis.navigator?.storage?.persist?.().catch(() => false);
    const running = this.workers.startImport(
      { source: spec, packageId, trustedKeys, allowUnsigned, maxPackageBytes },
      onProgress,
    );
    this.running = running;
    try {
      return await running.done;
    } finally {
      this.running = null;
    }
  }

  private async record(outcome: ImportOutcome, source: string) {
    const time = new Date().toISOString();
    if (outcome.ok) {
      await appendUpdateLog({ source, version: outcome.version, result: 'activated' });
      await writeSetting(LAST_CHECK_KEY, { time, result: 'activated', version: outcome.version });
      // Only now, with the new version active, may the versions before the previous one go.
      await pruneVersions();
      this.onActivated(outcome.version);
    } else if (outcome.unchanged) {
      await writeSetting(LAST_CHECK_KEY, { time, result: 'unchanged' });
    } else {
      const { code, path, detail } = outcome.failure;
      await appendUpdateLog({ source, version: null, result: 'refused', code, path, detail });
      await writeSetting(LAST_CHECK_KEY, { time, result: 'refused', failure: outcome.failure });
    }
  }
}

/** The update log's line for a stored-files check: all good, or the bad files by name. */
function verificationLogEntry(outcome: StoredFilesOutcome): Omit<UpdateLogEntry, 'id' | 'time'> {
  if (!outcome.ok) {
    const { code, path, detail } = outcome.failure;
    return { source: 'staff', version: null, result: 'verify-failed', code, path, detail };
  }
  const { check } = outcome;
  if (!check || check.bad.length === 0) {
    return { source: 'staff', version: check?.version ?? null, result: 'verified', detail: `${check?.checked ?? 0}` };
  }
  const names = check.bad.map((b) => `${b.path} (${b.problem})`);
  return {
    source: 'staff',
    version: check.version,
    result: 'verify-failed',
    code: check.bad[0]!.problem === 'missing' ? 'blob-missing' : 'hash-mismatch',
    path: check.bad[0]!.path,
    detail: `${check.bad.length} of ${check.checked}: ${names.slice(0, 20).join(', ')}`,
  };
}
