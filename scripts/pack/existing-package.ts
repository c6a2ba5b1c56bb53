// What is already at OUT: nothing, an earlier package (its manifest gives the next version), or something pack must not replace.
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Manifest } from '../../src/shared/package-format.ts';
import { isZipOut } from './package-output.ts';
import { readZipEntry } from './zip-reader.ts';

export type ExistingOutput =
  | { kind: 'nothing' }
  | { kind: 'package'; manifest: Pick<Manifest, 'version' | 'packageId' | 'title' | 'publisher'> }
  /** Pack never overwrites what it did not make: staff may have typed the wrong folder. */
  | { kind: 'other'; reason: string };

export async function readExistingOutput(out: string): Promise<ExistingOutput> {
  const info = await stat(out).catch(() => null);
  if (!info) return { kind: 'nothing' };
  let manifestText: string;
  if (isZipOut(out)) {
    if (!info.isFile()) return { kind: 'other', reason: '是一个文件夹' };
    try {
      const bytes = await readZipEntry(out, 'manifest.json');
      if (!bytes) return { kind: 'other', reason: '是一个不含 manifest.json 的 zip' };
      manifestText = new TextDecoder().decode(bytes);
    } catch {
      return { kind: 'other', reason: '不是可读的 zip 文件' };
    }
  } else {
    if (!info.isDirectory()) return { kind: 'other', reason: '是一个文件' };
    if ((await readdir(out)).length === 0) return { kind: 'nothing' };
    const text = await readFile(join(out, 'manifest.json'), 'utf8').catch(() => null);
    if (text === null) return { kind: 'other', reason: '是一个不含 manifest.json 的文件夹' };
    manifestText = text;
  }
  try {
    const manifest = JSON.parse(manifestText) as Manifest;
    if (!Number.isInteger(manifest.version)) throw new Error('no version');
    return { kind: 'package', manifest };
  } catch {
    return { kind: 'other', reason: '中的 manifest.json 无法读取' };
  }
}
