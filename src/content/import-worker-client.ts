// The only module that talks to the import worker: one import at a time, progress as a callback.
import type { ImportFailure, ImportProgress, ImportReply, ImportRequest } from '../shared/import-messages.ts';

export type ImportOutcome =
  | { ok: true; version: number; documents: number }
  | { ok: false; failure: ImportFailure };

/** Imports the package folder at `request.url` in a worker; resolves when it is active or refused. */
export function importInWorker(
  request: Omit<ImportRequest, 'type'>,
  onProgress: (progress: ImportProgress) => void,
): Promise<ImportOutcome> {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'chayue-import' });
  return new Promise<ImportOutcome>((resolve) => {
    worker.onmessage = (event: MessageEvent<ImportReply>) => {
      const message = event.data;
      if (message.type === 'progress') return onProgress(message.progress);
      worker.terminate();
      resolve(message.type === 'done' ? { ok: true, version: message.version, documents: message.documents } : { ok: false, failure: message.failure });
    };
    worker.onerror = (event) => {
      worker.terminate();
      resolve({ ok: false, failure: { code: 'storage', detail: event.message } });
    };
    worker.postMessage({ type: 'import-url', ...request } satisfies ImportRequest);
  });
}
