// Hashes a file in pieces (SHA-256 for the manifest, CRC-32 for the zip), so a package of any size never sits in memory.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { crc32 } from 'node:zlib';

export interface FileDigest {
  sha256: string;
  crc32: number;
  size: number;
}

const CHUNK_BYTES = 1024 * 1024;

/** Streams the file once; with `keepBytes` the pieces are also joined and returned (one document's file, for text extraction). */
export async function digestFile(path: string, keepBytes = false): Promise<FileDigest & { bytes?: Uint8Array }> {
  const hash = createHash('sha256');
  let crc = 0;
  let size = 0;
  const kept: Buffer[] = [];
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK_BYTES }) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    crc = crc32(chunk, crc);
    size += chunk.byteLength;
    if (keepBytes) kept.push(chunk);
  }
  return { sha256: hash.digest('hex'), crc32: crc, size, bytes: keepBytes ? Buffer.concat(kept) : undefined };
}

export function digestBytes(bytes: Uint8Array): FileDigest {
  return { sha256: createHash('sha256').update(bytes).digest('hex'), crc32: crc32(bytes), size: bytes.byteLength };
}
