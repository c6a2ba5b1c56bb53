// A zip from a USB stick is untrusted: unsafe names and unlisted entries are refused before anything is stored.
import { BlobWriter, TextReader, ZipWriter } from '@zip.js/zip.js';
import { describe, expect, it } from 'vitest';
import type { Manifest } from '../shared/package-format.ts';
import { ImportError } from './import-error.ts';
import { zipSource } from './zip-source.ts';

async function zipOf(entries: Record<string, string>): Promise<Blob> {
  const writer = new ZipWriter(new BlobWriter('application/zip'));
  for (const [name, text] of Object.entries(entries)) await writer.add(name, new TextReader(text));
  return writer.close();
}

const manifest = { files: [{ path: 'catalogue.json' }] } as unknown as Manifest;

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  return (error as ImportError).failure;
}

describe('zipSource', () => {
  it('reads files from a zipped folder and refuses entries the manifest does not list', async () => {
    const source = await zipSource(await zipOf({ 'pkg/manifest.json': '{}', 'pkg/catalogue.json': '{"a":1}' }), 1e6);
    expect(await new Response(await source.open('catalogue.json')).text()).toBe('{"a":1}');
    expect(await source.open('manifest.sig', true)).toBeNull();
    expect(() => source.checkEntries!(manifest)).not.toThrow();

    const extra = await zipSource(await zipOf({ 'manifest.json': '{}', 'catalogue.json': '{}', 'run.exe': 'MZ' }), 1e6);
    expect(() => extra.checkEntries!(manifest)).toThrow(ImportError);
  });

  it('refuses a ../ entry, an absolute path, and a zip larger than the ceiling', async () => {
    for (const evil of ['../evil.txt', 'files/../../evil.txt', '/etc/passwd']) {
      const refused = await failure(zipSource(await zipOf({ 'manifest.json': '{}', [evil]: 'x' }), 1e6));
      expect(refused.code, evil).toBe('zip-entry');
      expect(refused.detail, evil).toMatch(/unsafe/);
    }
    expect(await failure(zipSource(await zipOf({ 'manifest.json': '{}' }), 10))).toMatchObject({ code: 'too-large' });
  });

  it('refuses a file that is not a zip with a reason', async () => {
    expect(await failure(zipSource(new Blob(['not a zip at all']), 1e6))).toMatchObject({ code: 'zip-entry' });
  });
});
