// Packages built in memory for unit tests: documents, texts, manifest and a WebCrypto signature, served as a PackageSource.
import { makeDoc } from '../../catalogue/search-test-helpers.ts';
import { DEMO_DOMAINS, PACKAGE_FORMAT, type Catalogue, type Manifest } from '../../shared/package-format.ts';
import { ImportError } from '../import-error.ts';
import type { PackageSource } from '../package-source.ts';

export type PackageEntries = Map<string, Uint8Array<ArrayBuffer>>;

const encode = (text: string) => new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>;
const json = (value: unknown) => encode(JSON.stringify(value, null, 1) + '\n');

export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

export interface MemoryPackageOptions {
  packageId?: string;
  version: number;
  docCount?: number;
  /** Added to every document's bytes, so two versions differ in every file. */
  salt?: string;
  withNotices?: boolean;
}

/** A package's files by path, manifest.json included (unsigned: add one with `signEntries`). */
export async function memoryPackage(options: MemoryPackageOptions): Promise<PackageEntries> {
  const { packageId = 'unit', version, docCount = 3, salt = `v${version}`, withNotices = false } = options;
  const files: PackageEntries = new Map();
  const documents: Catalogue['documents'] = [];
  for (let i = 0; i < docCount; i++) {
    const path = `files/doc-${i}.html`;
    files.set(path, encode(`<p>文件 ${i} ${salt}</p>`));
    const text = encode(`文件 ${i} ${salt}`);
    const textPath = `text/${await sha256Hex(text)}.txt`;
    files.set(textPath, text);
    documents.push(
      makeDoc(`doc-${i}`, {
        indexNo: `11530425/2024-0000${i}`,
        title: `文件 ${i}`,
        publisher: '县政府办公室',
        publishDate: '2024-03-05',
        files: [{ path, type: 'text/html' }],
        textPath,
        onlineUrl: `https://www.yunxi.gov.cn/doc-${i}.html`,
      }),
    );
  }
  files.set('catalogue.json', json({ domains: DEMO_DOMAINS, documents }));
  if (withNotices) {
    files.set('files/notice.png', encode(`not really a png ${salt}`));
    files.set(
      'notices.json',
      json({ notices: [{ id: 'n1', title: '通知', body: `正文 ${salt}`, image: 'files/notice.png' }] }),
    );
  }
  files.set('manifest.json', await manifestFor(files, { packageId, version }));
  return files;
}

/** The manifest listing every entry but manifest.json and manifest.sig, with sizes and hashes as they are now. */
export async function manifestFor(
  entries: PackageEntries,
  meta: { packageId: string; version: number },
): Promise<Uint8Array<ArrayBuffer>> {
  const listed: Manifest['files'] = [];
  for (const [path, bytes] of entries) {
    if (path === 'manifest.json' || path === 'manifest.sig') continue;
    listed.push({ path, sha256: await sha256Hex(bytes), size: bytes.byteLength, type: typeOf(path) });
  }
  const manifest: Manifest = {
    format: PACKAGE_FORMAT,
    ...meta,
    created: '2026-01-01T00:00:00.000Z',
    publisher: '县政府办公室',
    title: '测试',
    files: listed.sort((a, b) => a.path.localeCompare(b.path)),
  };
  return json(manifest);
}

function typeOf(path: string): string {
  if (path.endsWith('.json')) return 'application/json';
  if (path.endsWith('.txt')) return 'text/plain; charset=utf-8';
  if (path.endsWith('.png')) return 'image/png';
  return 'text/html';
}

export interface TestSigningKey {
  privateKey: CryptoKey;
  /** Base64 SPKI, what `trustedKeys` takes. */
  publicKey: string;
}

export async function makeSigningKey(): Promise<TestSigningKey> {
  const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  const spki = new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey));
  return { privateKey: pair.privateKey, publicKey: btoa(String.fromCharCode(...spki)) };
}

/** Signs manifest.json as the pack tool does (raw r‖s, base64) and stores it as manifest.sig. */
export async function signEntries(entries: PackageEntries, key: TestSigningKey): Promise<PackageEntries> {
  const signature = await crypto.subtle.sign(
    { name: 'ECDSA', hash: 'SHA-256' },
    key.privateKey,
    entries.get('manifest.json')!,
  );
  entries.set('manifest.sig', encode(btoa(String.fromCharCode(...new Uint8Array(signature)))));
  return entries;
}

/** Serves entries as a folder would, refusing entries the manifest does not list (as the folder and zip sources do). */
export function memorySource(entries: PackageEntries, name = 'memory'): PackageSource {
  return {
    name,
    checkEntries(manifest) {
      const listed = new Set(['manifest.json', 'manifest.sig', ...manifest.files.map((f) => f.path)]);
      for (const path of entries.keys())
        if (!listed.has(path)) throw new ImportError('zip-entry', path, 'not listed in manifest.json');
    },
    async open(path, optional = false) {
      const bytes = entries.get(path);
      if (!bytes) {
        if (optional) return null;
        throw new ImportError('missing-file', path, 'not in the package');
      }
      return new Blob([bytes]).stream();
    },
  };
}
