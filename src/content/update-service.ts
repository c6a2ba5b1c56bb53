// Content updates for the page: first start, checks on a timer, USB imports, rollback; every outcome goes in the update log.
import type { ImportFailure, ImportProgress, ImportSourceSpec, ManifestValidators, PickedFile } from '../shared/import-messages.ts';
import { readSetting, writeSetting } from '../storage/settings.ts';
import type { UpdateLogEntry } from '../storage/db.ts';

export type { UpdateLogEntry };
import { appendUpdateLog, readUpdateLog } from '../storage/update-log.ts';
import { pruneVersions, rollbackToPrevious } from '../storage/versions.ts';
import { importInWorker, type ImportOutcome, type RunningImport } from './import-worker-client.ts';

export interface UpdateSettings {
  contentUrl: string;
  trustedKeys: string[];
  allowUnsigned: boolean;
  maxPackageBytes: number;
  updateIntervalMinutes: number;
}

export interface LastCheck {
  time: string;
  result: 'activated' | 'unchanged' | 'refused';
  version?: number;
  failure?: ImportFailure;
}

const VALIDATORS_KEY = 'manifestValidators';
const LAST_CHECK_KEY = 'lastUpdateCheck';

export class ContentUpdates {
  private running: RunningImport | null = null;
  private timer: ReturnType<typeof setInterval> | undefined;

  /** `onActivated` hears of every new active version, from any source, so the app can switch when it suits the reader. */
  constructor(
    private readonly settings: UpdateSettings,
    private readonly onActivated: (version: number) => void = () => undefined,
  ) {}

  get busy(): boolean {
    return this.running !== null;
  }

  /** Looks at `contentUrl` now and takes a newer package; at most one import runs at a time. */
  async checkNow(onProgress: (p: ImportProgress) => void = () => undefined): Promise<ImportOutcome> {
    const url = new URL(this.settings.contentUrl, document.baseURI).href;
    const validators = await readSetting<ManifestValidators>(`${VALIDATORS_KEY}:${url}`);
    return this.run({ kind: 'url', url, validators }, url, onProgress);
  }

  importZip(file: File, onProgress: (p: ImportProgress) => void): Promise<ImportOutcome> {
    return this.run({ kind: 'zip', file }, file.name, onProgress);
  }

  importFolder(files: PickedFile[], onProgress: (p: ImportProgress) => void): Promise<ImportOutcome> {
    const folder = files[0]?.relativePath.split('/')[0] ?? 'folder';
    return this.run({ kind: 'folder', files }, folder, onProgress);
  }

  cancel(): void {
    this.running?.cancel();
  }

  async rollback(): Promise<{ from: number; to: number } | undefined> {
    const result = await rollbackToPrevious();
    if (result) {
      await appendUpdateLog({ source: 'staff', version: result.to, result: 'rolled-back', detail: `${result.from} → ${result.to}` });
      this.onActivated(result.to);
    }
    return result;
  }

  log(limit = 50): Promise<UpdateLogEntry[]> {
    return readUpdateLog(limit);
  }

  lastCheck(): Promise<LastCheck | undefined> {
    return readSetting<LastCheck>(LAST_CHECK_KEY);
  }

  /** Checks at start and then every `updateIntervalMinutes`; failures wait for the next round. */
  startSchedule(): void {
    clearInterval(this.timer);
    const check = () => void (this.busy ? undefined : this.checkNow());
    this.timer = setInterval(check, this.settings.updateIntervalMinutes * 60_000);
    check();
  }

  stopSchedule(): void {
    clearInterval(this.timer);
  }

  private async run(spec: ImportSourceSpec, sourceName: string, onProgress: (p: ImportProgress) => void): Promise<ImportOutcome> {
    // One import at a time: a staff action waits for a scheduled check that is already under way.
    while (this.running) await this.running.done.catch(() => undefined);
    const { trustedKeys, allowUnsigned, maxPackageBytes } = this.settings;
    // Ask once for storage the browser will not evict: weeks offline must not lose the catalogue.
    await navigator.storage?.persist?.().catch(() => false);
    this.running = importInWorker({ source: spec, trustedKeys, allowUnsigned, maxPackageBytes }, onProgress);
    let outcome: ImportOutcome;
    try {
      outcome = await this.running.done;
    } finally {
      this.running = null;
    }
    await this.record(outcome, spec, sourceName);
    return outcome;
  }

  private async record(outcome: ImportOutcome, spec: ImportSourceSpec, source: string) {
    const time = new Date().toISOString();
    if (spec.kind === 'url' && 'validators' in outcome && outcome.validators) {
      await writeSetting(`${VALIDATORS_KEY}:${spec.url}`, outcome.validators);
    }
    if (outcome.ok) {
      await appendUpdateLog({ source, version: outcome.version, result: 'activated' });
      await writeSetting(LAST_CHECK_KEY, { time, result: 'activated', version: outcome.version } satisfies LastCheck);
      // Only now, with the new version active, may the versions before the previous one go.
      await pruneVersions();
      this.onActivated(outcome.version);
    } else if (outcome.unchanged) {
      await writeSetting(LAST_CHECK_KEY, { time, result: 'unchanged' } satisfies LastCheck);
    } else {
      const { code, path, detail } = outcome.failure;
      await appendUpdateLog({ source, version: null, result: 'refused', code, path, detail });
      await writeSetting(LAST_CHECK_KEY, { time, result: 'refused', failure: outcome.failure } satisfies LastCheck);
    }
  }
}
