// The import worker: hashing and storing a package runs here, never on the thread that answers touches.
import type { ImportReply, ImportRequest } from '../shared/import-messages.ts';
import { ImportError } from './import-error.ts';
import { importPackage } from './import-package.ts';
import { urlSource } from './package-source.ts';

declare const self: DedicatedWorkerGlobalScope;

function reply(message: ImportReply) {
  self.postMessage(message);
}

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const request = event.data;
  try {
    const result = await importPackage(urlSource(request.url), {
      trustedKeys: request.trustedKeys,
      allowUnsigned: request.allowUnsigned,
      maxPackageBytes: request.maxPackageBytes,
      onProgress: (progress) => reply({ type: 'progress', progress }),
    });
    reply({ type: 'done', ...result });
  } catch (e) {
    const failure = e instanceof ImportError ? e.failure : { code: 'storage' as const, detail: String(e) };
    reply({ type: 'failed', failure });
  }
};
