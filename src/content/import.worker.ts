// The import worker: fetching, unzipping, hashing and storing a package run here, never on the thread that answers touches.
// First, before any module that may use them: what Chromium 90 lacks (DESIGN: Where it runs).
import '../shared/floor-polyfills.ts';
import type {
  ImportReply,
  ImportRequest,
  ImportSourceSpec,
  RebuildSearchRequest,
  VerifyStoredRequest,
} from '../shared/import-messages.ts';
import { getVersion } from '../storage/versions.ts';
import { folderSource } from './folder-source.ts';
import { ImportError } from './import-error.ts';
import { importPackage } from './import-package.ts';
import { urlSource, withPrefetched, type PackageSource } from './package-source.ts';
import { rebuildSearch } from './rebuild-search.ts';
import { verifyStoredFiles } from './verify-stored.ts';
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

async function rebuild({ version: number }: RebuildSearchRequest) {
  const version = await getVersion(number);
  if (!version) throw new ImportError('storage', undefined, `version ${number} is not stored`);
  const files = version.files.length;
  await rebuildSearch(version, (done, total) =>
    reply({
      type: 'progress',
      progress: { filesDone: files, filesTotal: files, bytesDone: 0, bytesTotal: 0, indexing: { done, total } },
    }),
  );
  return { version: number, documents: version.catalogue.documents.length };
}

self.onmessage = async (event: MessageEvent<ImportRequest | RebuildSearchRequest | VerifyStoredRequest>) => {
  const request = event.data;
  try {
    if (request.type === 'rebuild-search') return reply({ type: 'done', ...(await rebuild(request)) });
    if (request.type === 'verify-stored') {
      const check = await verifyStoredFiles((progress) => reply({ type: 'progress', progress }));
      return reply({ type: 'verified', check });
    }
    const { source: spec, type: _, ...options } = request;
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
