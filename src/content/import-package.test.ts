// Refusals must leave the active catalogue exactly as it was; fake-indexeddb stands in for the browser's IndexedDB here.
import 'fake-indexeddb/auto';
import { generateKeyPairSync, sign } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { beforeEach, describe, expect, it } from 'vitest';
import { addText, writePackage, type PackageInput } from '../../scripts/lib/package-writer.ts';
import { DEMO_DOMAINS } from '../shared/package-format.ts';
import { SearchService } from '../catalogue/search-service.ts';
import { isSearchDataFor } from '../catalogue/search-data.ts';
import { getActiveVersion, getSearchIndex } from '../storage/versions.ts';
import { ImportError } from './import-error.ts';
import type { ImportProgress } from '../shared/import-messages.ts';
import { importPackage, type ImportOptions } from './import-package.ts';
import type { PackageSource } from './package-source.ts';

function folderSource(dir: string): PackageSource {
  return {
    name: dir,
    async open(path, optional) {
      try {
        await readFile(join(dir, path), { flag: 'r' });
      } catch {
        if (optional) return null;
        throw new ImportError('fetch-failed', path);
      }
      return Readable.toWeb(createReadStream(join(dir, path))) as ReadableStream<Uint8Array>;
    },
  };
}

async function makePackage(version: number, docCount = 3): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'chayue-unit-'));
  const files: PackageInput['files'] = new Map();
  const documents = Array.from({ length: docCount }, (_, i) => {
    const path = `files/doc-${i}.html`;
    files.set(path, { bytes: new TextEncoder().encode(`<p>文件 ${i} v${version}</p>`), type: 'text/html' });
    return {
      id: `doc-${i}`,
      indexNo: `11530425/2024-0000${i}`,
      title: `文件 ${i}`,
      publisher: '县政府办公室',
      docNo: '',
      writtenDate: '',
      publishDate: '2024-03-05',
      topics: [],
      domain: 'environment',
      genre: '通知',
      disclosure: '主动公开' as const,
      scope: '面向全社会',
      validity: '有效' as const,
      keywords: [],
      summary: '',
      files: [{ path, type: 'text/html' }],
      textPath: addText(files, `文件 ${i}`),
      related: [],
    };
  });
  await writePackage(dir, {
    packageId: 'unit',
    version,
    publisher: '县政府办公室',
    title: '测试',
    created: '2026-01-01T00:00:00.000Z',
    catalogue: { domains: DEMO_DOMAINS, documents },
    files,
  });
  return dir;
}

const unsigned: ImportOptions = {
  packageId: 'unit',
  trustedKeys: [],
  allowUnsigned: true,
  maxPackageBytes: 10_000_000,
};

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  return (error as ImportError).failure;
}

beforeEach(async () => {
  // A fresh database per test: delete what the previous one stored.
  const { openChayueDB } = await import('../storage/db.ts');
  const db = await openChayueDB();
  await Promise.all((['blobs', 'versions', 'settings'] as const).map((s) => db.clear(s)));
});

describe('importPackage', () => {
  it('imports and activates a good package', async () => {
    const result = await importPackage(folderSource(await makePackage(1)), unsigned);
    expect(result).toEqual({ version: 1, documents: 3 });
    expect((await getActiveVersion())?.catalogue.documents.map((d) => d.id)).toEqual(['doc-0', 'doc-1', 'doc-2']);
  });

  it('stores the search data built from the texts with the version it activates', async () => {
    await importPackage(folderSource(await makePackage(1)), unsigned);
    const version = (await getActiveVersion())!;
    const data = await getSearchIndex(1);
    const ids = version.catalogue.documents.map((d) => d.id);
    if (!isSearchDataFor(data, ids)) throw new Error('no search data for version 1');
    const search = new SearchService(data, version.catalogue.documents);
    expect([...search.search('文件1').docs]).toEqual([1]);
    expect(search.search('文件').docs.length).toBe(3);
  });

  it('reports files, then documents read into the search index, ending with every document', async () => {
    const seen: ImportProgress[] = [];
    await importPackage(folderSource(await makePackage(1, 450)), { ...unsigned, onProgress: (p) => seen.push(p) });
    const files = seen.filter((p) => !p.indexing);
    const indexing = seen.filter((p) => p.indexing).map((p) => p.indexing!);
    expect(files.at(-1)).toMatchObject({ filesDone: files.at(-1)!.filesTotal });
    // Every 200 documents and the last: the bar moves while a large catalogue's index is prepared.
    expect(indexing).toEqual([
      { done: 200, total: 450 },
      { done: 400, total: 450 },
      { done: 450, total: 450 },
    ]);
    expect(seen.indexOf(files.at(-1)!)).toBeLessThan(seen.findIndex((p) => p.indexing));
  });

  it('refuses a flipped byte in one file, naming it, and keeps the old version active', async () => {
    await importPackage(folderSource(await makePackage(1)), unsigned);
    const dir = await makePackage(2);
    const target = join(dir, 'files/doc-1.html');
    const bytes = await readFile(target);
    bytes[3] = bytes[3]! ^ 0x01;
    await writeFile(target, bytes);
    expect(await refusal(importPackage(folderSource(dir), unsigned))).toMatchObject({
      code: 'hash-mismatch',
      path: 'files/doc-1.html',
    });
    expect((await getActiveVersion())?.version).toBe(1);
  });

  it('refuses a file longer than the manifest says', async () => {
    const dir = await makePackage(1);
    await writeFile(join(dir, 'files/doc-0.html'), '<p>much longer than before, much longer</p>');
    expect(await refusal(importPackage(folderSource(dir), unsigned))).toMatchObject({
      code: 'size-mismatch',
      path: 'files/doc-0.html',
    });
    expect(await getActiveVersion()).toBeUndefined();
  });

  it('refuses a version that is not newer than the active one', async () => {
    await importPackage(folderSource(await makePackage(2)), unsigned);
    expect(await refusal(importPackage(folderSource(await makePackage(2)), unsigned))).toMatchObject({
      code: 'not-newer',
    });
  });

  it('names the JSON path of a schema error', async () => {
    const dir = await makePackage(1);
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
    manifest.files[0].path = '../escape.txt';
    await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
    const failure = await refusal(importPackage(folderSource(dir), unsigned));
    expect(failure).toMatchObject({ code: 'schema', path: 'manifest.json' });
    expect(failure.detail).toMatch(/^\$\.files\[0\]\.path: /);
  });

  it('refuses a package over the size ceiling before fetching its files', async () => {
    const failure = await refusal(
      importPackage(folderSource(await makePackage(1)), { ...unsigned, maxPackageBytes: 100 }),
    );
    expect(failure).toMatchObject({ code: 'too-large' });
  });

  describe('signatures', () => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const trusted = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
    const other = generateKeyPairSync('ec', { namedCurve: 'P-256' })
      .publicKey.export({ type: 'spki', format: 'der' })
      .toString('base64');

    async function signedPackage(version: number) {
      const dir = await makePackage(version);
      const signature = sign('sha256', await readFile(join(dir, 'manifest.json')), {
        key: privateKey,
        dsaEncoding: 'ieee-p1363',
      });
      await writeFile(join(dir, 'manifest.sig'), signature.toString('base64'));
      return dir;
    }
    const strict = (keys: string[]): ImportOptions => ({
      packageId: 'unit',
      trustedKeys: keys,
      allowUnsigned: false,
      maxPackageBytes: 10_000_000,
    });

    it('takes a package signed by a trusted key', async () => {
      expect(await importPackage(folderSource(await signedPackage(1)), strict([other, trusted]))).toMatchObject({
        version: 1,
      });
    });

    it('refuses an unknown key, an edited manifest, and a missing signature', async () => {
      expect(await refusal(importPackage(folderSource(await signedPackage(1)), strict([other])))).toMatchObject({
        code: 'signature-invalid',
      });
      const edited = await signedPackage(1);
      const manifest = JSON.parse(await readFile(join(edited, 'manifest.json'), 'utf8'));
      await writeFile(join(edited, 'manifest.json'), JSON.stringify({ ...manifest, title: '改过的' }));
      expect(await refusal(importPackage(folderSource(edited), strict([trusted])))).toMatchObject({
        code: 'signature-invalid',
      });
      expect(await refusal(importPackage(folderSource(await makePackage(1)), strict([trusted])))).toMatchObject({
        code: 'unsigned',
      });
      expect(await getActiveVersion()).toBeUndefined();
    });
  });
});
