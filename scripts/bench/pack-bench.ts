// The `pack` bench row: packs 1,000 generated documents (~300 MB of PDFs) with the real CLI and reports seconds and peak RSS.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DEMO_DOMAINS } from '../../src/shared/package-format.ts';
import { minimalPdf } from '../lib/minimal-pdf.ts';
import { excelCsv } from '../pack/test-source-folder.ts';
import type { Row } from './report.ts';
import { round } from './stats.ts';

// Bump when the generated input changes, so a stale cache is rebuilt.
const INPUT_VERSION = 2;
const MB = 1024 * 1024;
// Preloaded into the pack process: it reports its peak memory at exit, after this mark.
const REPORT_PEAK_RSS = join(import.meta.dirname, 'report-peak-rss.mjs');
const PEAK_RSS_MARK = 'chayue-peak-rss-kb';

/** How much to pack: 1,000 documents of ~300 MB in all for the row, a handful in the smoke. */
export interface PackSize {
  documents: number;
  bytes: number;
}
const fullSize: PackSize = { documents: 1000, bytes: 300 * MB };

interface InputInfo {
  version: number;
  documents: number;
  bytes: number;
}

const PHRASES = [
  '关于做好',
  '征地补偿',
  '保障性住房',
  '农村危房改造',
  '义务教育',
  '财政预决算',
  '环境保护',
  '涉农补贴',
  '工作的通知',
  '实施方案',
  '政策解读',
];

/**
 * Each document: 2–6 pages of Chinese text plus incompressible padding. Most carry their own ToUnicode map, as Word and
 * WPS exports do; every tenth relies on Adobe's predefined cMaps (older STSong PDFs), pdf.js's slow path (~15× the time).
 */
async function generateInput(dir: string, size: PackSize, log: (line: string) => void): Promise<InputInfo> {
  await rm(dir, { recursive: true, force: true });
  const rows = [['索引号', '标题', '发布机构', '发布日期', '重点领域', '体裁', '文件']];
  let bytes = 0;
  for (let i = 0; i < size.documents; i++) {
    const title = `${PHRASES[i % PHRASES.length]}${PHRASES[(i * 7) % PHRASES.length]}第${i + 1}号`;
    const pages = Array.from({ length: 2 + (i % 5) }, (_, p) =>
      Array.from(
        { length: 30 },
        (_, l) => `${title}，第${p + 1}页第${l + 1}行，${PHRASES[(i + p + l) % PHRASES.length]}相关事项说明。`,
      ),
    );
    const encoding = i % 10 === 0 ? 'predefined-cmap' : 'to-unicode';
    const text = minimalPdf({ pages, encoding });
    // Random padding: every file differs and nothing compresses, like real scanned or image-heavy PDFs.
    const padding = randomBytes(Math.max(0, Math.round(size.bytes / size.documents) - text.byteLength - 64));
    const pdf = minimalPdf({ pages, padding, encoding });
    const year = 2015 + (i % 10);
    const path = `${year}/doc-${String(i + 1).padStart(4, '0')}.pdf`;
    await mkdir(join(dir, String(year)), { recursive: true });
    await writeFile(join(dir, path), pdf);
    bytes += pdf.byteLength;
    rows.push([
      `11530425/${year}-${String(i + 1).padStart(5, '0')}`,
      title,
      '某县人民政府办公室',
      `${year}-0${1 + (i % 9)}-1${i % 10}`,
      DEMO_DOMAINS[i % DEMO_DOMAINS.length]!.name,
      '通知',
      path,
    ]);
    if ((i + 1) % 200 === 0) log(`pack bench input: ${i + 1}/${size.documents} PDFs`);
  }
  await writeFile(join(dir, 'catalogue.csv'), excelCsv(rows));
  const info = { version: INPUT_VERSION, documents: size.documents, bytes };
  await writeFile(join(dir, 'input.json'), JSON.stringify(info));
  return info;
}

async function cachedInput(dir: string, size: PackSize, log: (line: string) => void): Promise<InputInfo> {
  const marker = join(dir, 'input.json');
  if (existsSync(marker)) {
    const info = JSON.parse(await readFile(marker, 'utf8')) as InputInfo;
    if (info.version === INPUT_VERSION && info.documents === size.documents) return info;
  }
  log(`generating the pack bench input (${size.documents} PDFs, ~${round(size.bytes / MB)} MB) in ${dir}`);
  return generateInput(dir, size, log);
}

/** The peak resident memory the preloaded report-peak-rss.ts wrote at the process's exit. */
function peakRssKb(stderr: string): number {
  // Worker threads inherit the preload and report too: the figure is the process's, so the largest is the last.
  const found = [...stderr.matchAll(new RegExp(`${PEAK_RSS_MARK} (\\d+)`, 'g'))].map((m) => Number(m[1]));
  if (!found.length) throw new Error(`the pack process did not report its peak memory:\n${stderr.slice(-500)}`);
  return Math.max(...found);
}

export async function measurePack(
  root: string,
  cache: string,
  log: (line: string) => void,
  size = fullSize,
): Promise<Row> {
  const small = size.documents < fullSize.documents;
  const inputDir = join(cache, small ? 'pack-input-small' : 'pack-input');
  const outDir = join(cache, 'pack-output');
  const input = await cachedInput(inputDir, size, log);
  await rm(outDir, { recursive: true, force: true });
  log(`packing ${input.documents} documents (${round(input.bytes / MB)} MB) with the CLI`);
  // One node process (no tsx wrapper), so its peak RSS is the pack's own.
  const started = performance.now();
  const { stdout, stderr } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', '--import', REPORT_PEAK_RSS, join(root, 'scripts/pack.ts'), inputDir, '--out', outDir],
    { cwd: root, maxBuffer: 64 * MB },
  );
  const seconds = (performance.now() - started) / 1000;
  const peakKb = peakRssKb(stderr);
  const manifest = JSON.parse(await readFile(join(outDir, 'manifest.json'), 'utf8')) as { files: { size: number }[] };
  const outBytes = manifest.files.reduce((sum, f) => sum + f.size, 0);
  return {
    name: 'pack',
    measured: `${round(seconds)} s, peak RSS ${round(peakKb / 1024)} MB`,
    reference: '',
    goal: '',
    meets: null,
    details: [
      `npm run pack of ${input.documents} generated PDFs (${round(input.bytes / MB)} MB, 2–6 pages of Chinese text each; 1 in 10 needs pdf.js's cMaps) to a folder, unsigned.`,
      `  ${round(input.bytes / MB / seconds)} MB/s; wall time includes Node start, the sheet, text extraction with pdf.js, hashing and copying.`,
      `  package: ${manifest.files.length} files, ${round(outBytes / MB)} MB; peak RSS is the whole pack process (its ru_maxrss at exit).`,
      `  pack said: ${stdout.trim().split('\n').pop()}`,
    ],
  };
}
