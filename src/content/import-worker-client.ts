// The only module that talks to the import worker: progress as a callback, cancel by ending the worker.
import type {
  ImportFailure,
  ImportProgress,
  ImportReply,
  ImportRequest,
  RebuildSearchRequest,
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

function runInWorker(
  request: ImportRequest | RebuildSearchRequest,
  onProgress: (progress: ImportProgress) => void,
): RunningImport {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'chayue-import' });
  let settle: (outcome: ImportOutcome) => void = () => undefined;
  const done = new Promise<ImportOutcome>((resolve) => {
    settle = (outcome) => {
      worker.terminate();
      resolve(outcome);
    };
  });
  worker.onmessage = (event: MessageEvent<ImportReply>) => {
    const message = event.data;
    if (message.type === 'progress') return onProgress(message.progress);
    if (message.type === 'done') return settle({ ok: true, version: message.version, documents: message.documents });
    settle({ ok: false, failure: message.failure });
  };
  worker.onerror = (event) => settle({ ok: false, failure: { code: 'storage', detail: event.message } });
  worker.postMessage(request);
  return { done, cancel: () => settle({ ok: false, failure: { code: 'cancelled' } }) };
}
