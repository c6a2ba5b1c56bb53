// The only module that talks to the import worker: progress as a callback, cancel by ending the worker.
import type {
  ImportFailure,
  ImportProgress,
  ImportReply,
  ImportRequest,
  RebuildSearchRequest,
  StoredFilesCheck,
  VerifyStoredRequest,
} from '../shared/import-messages.ts';

export type ImportOutcome =
  | { ok: true; version: number; documents: number }
  /** The server still offers the active version (or answered 304): nothing was taken. */
  | { ok: false; unchanged: true }
  | { ok: false; unchanged?: false; failure: ImportFailure };

export interface RunningImport {
  done: Promise<ImportOutcome>;
  /** Stops at once; what was stored and verified stays for the next try, and the active version is untouched. */
  cancel(): void;
}

export function importInWorker(
  request: Omit<ImportRequest, 'type'>,
  onProgress: (progress: ImportProgress) => void,
): RunningImport {
  return runInWorker({ type: 'import', ...request }, onProgress);
}

/** Builds a stored version's search data again, off the page's thread; the outcome names the version. */
export function rebuildSearchInWorker(version: number, onProgress: (progress: ImportProgress) => void): RunningImport {
  return runInWorker({ type: 'rebuild-search', version }, onProgress);
}

export type StoredFilesOutcome = { ok: true; check: StoredFilesCheck | null } | { ok: false; failure: ImportFailure };

/** Re-hashes the active version's stored files off the page's thread (hashing hundreds of MB would stall touches). */
export function verifyStoredInWorker(onProgress: (progress: ImportProgress) => void): Promise<StoredFilesOutcome> {
  return startWorker<StoredFilesOutcome>({ type: 'verify-stored' }, onProgress, (message) =>
    message.type === 'verified' ? { ok: true, check: message.check } : undefined,
  ).done;
}

function runInWorker(
  request: ImportRequest | RebuildSearchRequest,
  onProgress: (progress: ImportProgress) => void,
): RunningImport {
  return startWorker<ImportOutcome>(request, onProgress, (message) =>
    message.type === 'done' ? { ok: true, version: message.version, documents: message.documents } : undefined,
  );
}

/** One worker per job: progress goes to the callback, `finished` turns the final reply into the outcome. */
function startWorker<T>(
  request: ImportRequest | RebuildSearchRequest | VerifyStoredRequest,
  onProgress: (progress: ImportProgress) => void,
  finished: (message: ImportReply) => T | undefined,
): { done: Promise<T | { ok: false; failure: ImportFailure }>; cancel(): void } {
  type Outcome = T | { ok: false; failure: ImportFailure };
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'chayue-import' });
  let settle: (outcome: Outcome) => void = () => undefined;
  const done = new Promise<Outcome>((resolve) => {
    settle = (outcome) => {
      worker.terminate();
      resolve(outcome);
    };
  });
  worker.onmessage = (event: MessageEvent<ImportReply>) => {
    const message = event.data;
    if (message.type === 'progress') return onProgress(message.progress);
    if (message.type === 'failed') return settle({ ok: false, failure: message.failure });
    const outcome = finished(message);
    if (outcome !== undefined) settle(outcome);
  };
  worker.onerror = (event) => settle({ ok: false, failure: { code: 'storage', detail: event.message } });
  worker.postMessage(request);
  return { done, cancel: () => settle({ ok: false, failure: { code: 'cancelled' } }) };
}
