// The import worker: fetching, unzipping, hashing and storing a package run here, never on the thread that answers touches.
import type { ImportReply, ImportRequest, ImportSourceSpec } from '../shared/import-messages.ts';
import { folderSource } from './folder-source.ts';
import { ImportError } from './import-error.ts';
import { importPackage } from './import-package.ts';
import { urlSource, withPrefetched, type PackageSource } from './package-source.ts';
import { zipSource } from './zip-source.ts';

declare const self: DedicatedWorkerGlobalScope;

function reply(message: ImportReply) {
  self.postMessage(message);
}

async function openSource(spec: ImportSourceSpec, maxPackageBytes: number): Promise<PackageSource> {
  switch (spec.kind) {
    case 'url':
      return withPrefetched(urlSource(spec.url), 'manifest.json', spec.manifestBytes);
    case 'zip':
      return zipSource(spec.file, maxPackageBytes);
    case 'folder':
      return folderSource(spec.files);
  }
}

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const { source: spec, ...options } = event.data;
  try {
    const result = await importPackage(await openSource(spec, options.maxPackageBytes), {
      ...options,
      onProgress: (progress) => reply({ type: 'progress', progress }),
    });
    reply({ type: 'done', ...result });
  } catch (e) {
    const failure = e instanceof ImportError ? e.failure : { code: 'storage' as const, detail: String(e) };
    reply({ type: 'failed', failure });
  }
};
