// Where a package is written: a folder or one zip, built in a temporary place beside OUT and moved there only when complete.
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, rmSync } from 'node:fs';
import { mkdir, open, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { FileDigest } from './file-digest.ts';
import { ZipWriter } from './zip-writer.ts';

export interface PackageOutput {
  /** Copies a source file in as `path`, checking it still has the digest taken earlier. */
  addFile(path: string, sourceFile: string, digest: FileDigest): Promise<void>;
  addBytes(path: string, bytes: Uint8Array, digest: FileDigest): Promise<void>;
  /** Moves the finished package to OUT, replacing the package that was there. */
  commit(): Promise<void>;
  /** Removes everything written so far; OUT is left as it was. */
  abort(): Promise<void>;
}

export class SourceChangedError extends Error {}

export const isZipOut = (out: string) => out.toLowerCase().endsWith('.zip');

export async function openPackageOutput(out: string, modified: Date): Promise<PackageOutput> {
  await mkdir(dirname(out), { recursive: true });
  // Beside OUT, on the same disk, so the final move is a rename; hidden, so a web server's listing never shows it.
  const temp = join(dirname(out), `.${basename(out)}.packing-${randomBytes(4).toString('hex')}`);
  const output = isZipOut(out) ? await zipOutput(out, temp, modified) : await folderOutput(out, temp);
  // Ctrl-C halfway must not leave a half-written package beside OUT.
  const onInterrupt = () => {
    rmSync(temp, { recursive: true, force: true });
    process.exit(130);
  };
  process.once('SIGINT', onInterrupt);
  const settled =
    <T>(step: () => Promise<T>) =>
    async () => {
      try {
        return await step();
      } finally {
        process.off('SIGINT', onInterrupt);
      }
    };
  return { ...output, commit: settled(output.commit), abort: settled(output.abort) };
}

/** Reads the source file again, hashing as it goes: a file edited between the two reads must not ship with a wrong hash. */
async function* checkedPieces(sourceFile: string, digest: FileDigest): AsyncGenerator<Uint8Array> {
  const hash = createHash('sha256');
  for await (const piece of createReadStream(sourceFile, { highWaterMark: 1024 * 1024 }) as AsyncIterable<Buffer>) {
    hash.update(piece);
    yield piece;
  }
  if (hash.digest('hex') !== digest.sha256) {
    throw new SourceChangedError(`文件 ${sourceFile} 在打包过程中被改动了，请关闭正在编辑它的程序后重新打包`);
  }
}

async function folderOutput(out: string, temp: string): Promise<PackageOutput> {
  await mkdir(temp);
  const target = async (path: string) => {
    const file = join(temp, path);
    await mkdir(dirname(file), { recursive: true });
    return file;
  };
  return {
    async addFile(path, sourceFile, digest) {
      const handle = await open(await target(path), 'w');
      try {
        for await (const piece of checkedPieces(sourceFile, digest)) await handle.write(piece);
      } finally {
        await handle.close();
      }
    },
    async addBytes(path, bytes) {
      await writeFile(await target(path), bytes);
    },
    async commit() {
      const existing = await stat(out).catch(() => null);
      if (!existing) return rename(temp, out);
      // A folder cannot be renamed over another: move the old package aside, the new one in, then drop the old.
      const old = `${temp}-old`;
      await rename(out, old);
      await rename(temp, out);
      await rm(old, { recursive: true, force: true });
    },
    abort: () => rm(temp, { recursive: true, force: true }),
  };
}

async function zipOutput(out: string, temp: string, modified: Date): Promise<PackageOutput> {
  const zip = await ZipWriter.create(temp, modified);
  return {
    addFile: (path, sourceFile, digest) => zip.addStored(path, digest, checkedPieces(sourceFile, digest)),
    addBytes: (path, bytes, digest) => zip.addBytes(path, bytes, digest.crc32),
    async commit() {
      await zip.close();
      await rename(temp, out);
    },
    async abort() {
      await zip.abandon();
      await rm(temp, { force: true });
    },
  };
}
