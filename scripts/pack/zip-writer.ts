// Writes a zip entry by entry with each size and CRC in its local header, so streaming readers never hunt for data descriptors.
import type { FileHandle } from 'node:fs/promises';
import { open } from 'node:fs/promises';
import { deflateRawSync } from 'node:zlib';

// fflate's streaming Zip always writes data descriptors (sizes after the data); a streaming reader then has to scan
// stored PDFs for the descriptor's signature. Pack knows every size and CRC before writing, so it writes them up front.

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL = 0x06054b50;
const UTF8_NAMES = 0x0800;
const STORED = 0;
const DEFLATED = 8;
const MAX_32 = 0xffffffff;
const MAX_ENTRIES = 0xffff;

export class ZipLimitError extends Error {}

interface CentralEntry {
  name: Buffer;
  method: number;
  crc32: number;
  compressedSize: number;
  size: number;
  offset: number;
}

export class ZipWriter {
  private offset = 0;
  private readonly entries: CentralEntry[] = [];
  private readonly dosTime: number;
  private readonly dosDate: number;

  private constructor(
    private readonly handle: FileHandle,
    modified: Date,
  ) {
    this.dosTime = (modified.getHours() << 11) | (modified.getMinutes() << 5) | (modified.getSeconds() >> 1);
    this.dosDate =
      ((Math.max(modified.getFullYear(), 1980) - 1980) << 9) | ((modified.getMonth() + 1) << 5) | modified.getDate();
  }

  static async create(path: string, modified = new Date()): Promise<ZipWriter> {
    return new ZipWriter(await open(path, 'wx'), modified);
  }

  /** A stored entry whose bytes arrive in pieces; size and CRC are known beforehand (pack hashed the file already). */
  async addStored(
    name: string,
    info: { crc32: number; size: number },
    pieces: AsyncIterable<Uint8Array>,
  ): Promise<void> {
    await this.writeLocalHeader(name, STORED, info.crc32, info.size, info.size);
    let written = 0;
    for await (const piece of pieces) {
      written += piece.byteLength;
      await this.write(piece);
    }
    if (written !== info.size) throw new Error(`zip entry ${name}: wrote ${written} bytes, expected ${info.size}`);
  }

  /** A small entry in memory (JSON, text): deflated when that saves space. */
  async addBytes(name: string, bytes: Uint8Array, crc32: number): Promise<void> {
    const deflated = deflateRawSync(bytes, { level: 9 });
    const useDeflate = deflated.byteLength < bytes.byteLength;
    const data = useDeflate ? deflated : bytes;
    await this.writeLocalHeader(name, useDeflate ? DEFLATED : STORED, crc32, data.byteLength, bytes.byteLength);
    await this.write(data);
  }

  /** Writes the central directory; the zip is complete after this. */
  async close(): Promise<void> {
    const start = this.offset;
    for (const e of this.entries) {
      const header = Buffer.alloc(46);
      header.writeUInt32LE(CENTRAL_HEADER, 0);
      header.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, zip 2.0, so the permissions below apply
      header.writeUInt16LE(20, 6);
      header.writeUInt16LE(UTF8_NAMES, 8);
      header.writeUInt16LE(e.method, 10);
      header.writeUInt16LE(this.dosTime, 12);
      header.writeUInt16LE(this.dosDate, 14);
      header.writeUInt32LE(e.crc32 >>> 0, 16);
      header.writeUInt32LE(e.compressedSize, 20);
      header.writeUInt32LE(e.size, 24);
      header.writeUInt16LE(e.name.byteLength, 28);
      header.writeUInt32LE((0o100644 << 16) >>> 0, 38);
      header.writeUInt32LE(e.offset, 42);
      await this.write(header);
      await this.write(e.name);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(END_OF_CENTRAL, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    await this.write(end);
    await this.handle.close();
  }

  async abandon(): Promise<void> {
    await this.handle.close().catch(() => undefined);
  }

  private async writeLocalHeader(name: string, method: number, crc32: number, compressedSize: number, size: number) {
    const nameBytes = Buffer.from(name, 'utf8');
    // Zip64 is left out: a reading-point package is a few hundred MB, and not every reader handles Zip64.
    if (this.entries.length >= MAX_ENTRIES || this.offset + 30 + nameBytes.byteLength + compressedSize > MAX_32) {
      throw new ZipLimitError('zip 文件不能超过 4 GB 或 65535 个文件');
    }
    this.entries.push({ name: nameBytes, method, crc32, compressedSize, size, offset: this.offset });
    const header = Buffer.alloc(30);
    header.writeUInt32LE(LOCAL_HEADER, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(UTF8_NAMES, 6);
    header.writeUInt16LE(method, 8);
    header.writeUInt16LE(this.dosTime, 10);
    header.writeUInt16LE(this.dosDate, 12);
    header.writeUInt32LE(crc32 >>> 0, 14);
    header.writeUInt32LE(compressedSize, 18);
    header.writeUInt32LE(size, 22);
    header.writeUInt16LE(nameBytes.byteLength, 26);
    await this.write(header);
    await this.write(nameBytes);
  }

  private async write(bytes: Uint8Array) {
    let done = 0;
    while (done < bytes.byteLength) {
      const { bytesWritten } = await this.handle.write(bytes, done, bytes.byteLength - done);
      done += bytesWritten;
    }
    this.offset += bytes.byteLength;
  }
}
