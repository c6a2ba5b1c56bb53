// Fetches the old Chromium builds the floor tests run on (DESIGN: Where it runs) from npm and unpacks each once per machine.
// `tsx scripts/old-chromium.ts` unpacks all of them; Playwright's global setup (e2e/global-setup.ts) does the same.
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createBrotliDecompress, gunzipSync } from 'node:zlib';

/**
 * Each package ships Chromium as `bin/chromium.br`. Their other archives (fonts, NSS and swiftshader libraries for AWS
 * Lambda) are not needed here: measured on Debian 12 with its chromium package installed, ldd finds every library,
 * and the tests run with --disable-gpu. They cannot be plain devDependencies: side by side npm fails with ERESOLVE.
 */
export const OLD_CHROMIUMS = {
  86: 'chrome-aws-lambda@5.3.1',
  90: 'chrome-aws-lambda@8.0.2',
  119: '@sparticuz/chromium@119.0.2',
} as const;
export type OldChromium = keyof typeof OLD_CHROMIUMS;

const cacheRoot = join(fileURLToPath(new URL('..', import.meta.url)), '.cache', 'chromium');

/** Where the unpacked binary of Chromium `major` lives (in the ignored .cache folder). */
export function oldChromiumPath(major: OldChromium): string {
  return join(cacheRoot, String(major), 'chromium');
}

/** One file of a tar archive, by name, from ustar headers (all the npm tarballs use). */
function tarEntry(tar: Buffer, wanted: string): Buffer | undefined {
  for (let at = 0; at + 512 <= tar.length;) {
    const header = tar.subarray(at, at + 512);
    if (header.every((b) => b === 0)) return undefined;
    const field = (from: number, length: number) =>
      header
        .subarray(from, from + length)
        .toString('utf8')
        .replace(/\0.*$/s, '');
    const prefix = field(345, 155);
    const name = (prefix ? `${prefix}/` : '') + field(0, 100);
    const size = parseInt(field(124, 12).trim() || '0', 8);
    if (name === wanted) return tar.subarray(at + 512, at + 512 + size);
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return undefined;
}

/** Unpacks Chromium `major` unless it already is; returns the binary's path. */
export async function ensureOldChromium(major: OldChromium): Promise<string> {
  const binary = oldChromiumPath(major);
  if (existsSync(binary)) return binary;
  const scratch = mkdtempSync(join(tmpdir(), 'chayue-chromium-'));
  try {
    // `npm pack` fetches the tarball alone, with the registry and proxy settings npm already has; nothing is installed.
    const file = execFileSync('npm', ['pack', OLD_CHROMIUMS[major], '--pack-destination', scratch, '--silent'], {
      encoding: 'utf8',
    })
      .trim()
      .split('\n')
      .pop()!;
    const compressed = tarEntry(gunzipSync(readFileSync(join(scratch, file))), 'package/bin/chromium.br');
    if (!compressed) throw new Error(`${OLD_CHROMIUMS[major]} has no bin/chromium.br`);
    mkdirSync(join(cacheRoot, String(major)), { recursive: true });
    // Written aside and renamed, so a run stopped half-way never leaves a truncated binary that looks unpacked.
    const partial = `${binary}.partial`;
    await pipeline(Readable.from([compressed]), createBrotliDecompress(), createWriteStream(partial));
    chmodSync(partial, 0o755);
    renameSync(partial, binary);
    return binary;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Unpacks every old build that is not yet; returns each one's binary path by major version. */
export async function ensureAllOldChromiums(): Promise<Map<OldChromium, string>> {
  const paths = new Map<OldChromium, string>();
  for (const major of Object.keys(OLD_CHROMIUMS).map(Number) as OldChromium[])
    paths.set(major, await ensureOldChromium(major));
  return paths;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [major, path] of await ensureAllOldChromiums()) console.log(`Chromium ${major}: ${path}`);
}
