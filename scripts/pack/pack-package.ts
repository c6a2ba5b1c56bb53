// `pack`: checks SOURCE_DIR's sheet and files, reports every problem at once, and only with none writes the package to OUT.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { Manifest } from '../../src/shared/package-format.ts';
import { assemblePackage } from './assemble-package.ts';
import { fieldForHeader } from './catalogue-fields.ts';
import { readCatalogueRows, type LinkedDraft } from './catalogue-rows.ts';
import { readDomainList } from './domain-list.ts';
import { readExistingOutput, type ExistingOutput } from './existing-package.ts';
import { fileKind } from './file-types.ts';
import { openPackageOutput, SourceChangedError } from './package-output.ts';
import type { PackProgress } from './pack-progress.ts';
import { cellPlace, quoted, Problems, type Problem } from './problems.ts';
import { loadPrivateKey, publicKeyText, SigningKeyError } from './signing-keys.ts';
import { readSourceSheets, type SourceSheets } from './source-sheet.ts';
import { SourceFiles } from './source-files.ts';
import { ZipLimitError } from './zip-writer.ts';

export interface PackOptions {
  sourceDir: string;
  out: string;
  keyFile?: string;
  /** Default: one above the package already at OUT, else 1. */
  version?: number;
  packageId?: string;
  title?: string;
  publisher?: string;
  /** The manifest's `created`; tests fix it. */
  now?: Date;
  onProgress?: (progress: PackProgress) => void;
}

export interface PackResult {
  ok: boolean;
  problems: Problem[];
  manifest?: Manifest;
  documents: number;
  /** The public key matching --key: what the terminals' `trustedKeys` must hold. */
  publicKey?: string;
}

export async function packPackage(options: PackOptions): Promise<PackResult> {
  const problems = new Problems();
  const sourceDir = resolve(options.sourceDir);
  const out = resolve(options.out);
  const failed = (): PackResult => ({ ok: false, problems: problems.list, documents: 0 });

  const key = await readKey(options.keyFile, problems);
  const existing = await readExistingOutput(out);
  if (existing.kind === 'other')
    problems.error(
      'bad-out',
      `输出位置 ${out} 已存在，且${existing.reason}，不是内容包：为免覆盖别的文件，请换一个输出位置`,
    );
  if (out === sourceDir || out.startsWith(sourceDir + '/'))
    problems.error('bad-out', `输出位置 ${out} 不能在资料文件夹里面`);
  if (!(await stat(sourceDir).catch(() => null))?.isDirectory()) {
    problems.error('no-sheet', `资料文件夹 ${sourceDir} 不存在`);
    return failed();
  }

  const sheets = await readSourceSheets(sourceDir, problems);
  if (!sheets) return failed();
  const domains = readDomainList(sheets.domains, problems);
  const files = await SourceFiles.scan(sourceDir, sheets.sheetFiles);
  const drafts = readCatalogueRows(sheets.catalogue, domains, files, problems);
  if (problems.hasErrors) return failed();

  const placeOf = firstPlaces(drafts, sheets);
  warnAboutFiles(drafts, files, placeOf, problems);
  const version = chooseVersion(options.version, existing, problems);
  const meta = {
    packageId:
      options.packageId ?? sheets.meta.packageId ?? previous(existing)?.packageId ?? defaultPackageId(sourceDir),
    publisher:
      options.publisher ?? sheets.meta.publisher ?? previous(existing)?.publisher ?? mostCommonPublisher(drafts),
    title: '',
    version,
    created: (options.now ?? new Date()).toISOString(),
  };
  meta.title = options.title ?? sheets.meta.title ?? previous(existing)?.title ?? `${meta.publisher}政府信息公开目录`;

  const output = await openPackageOutput(out, options.now ?? new Date());
  try {
    const manifest = await assemblePackage(output, {
      sourceDir,
      drafts,
      domains: domains.domains,
      commonTerms: sheets.meta.commonTerms,
      meta,
      key: key ?? undefined,
      placeOf,
      problems,
      onProgress: options.onProgress,
    });
    await output.commit();
    return {
      ok: true,
      problems: problems.list,
      manifest,
      documents: drafts.length,
      publicKey: key ? publicKeyText(key) : undefined,
    };
  } catch (e) {
    await output.abort();
    if (e instanceof SourceChangedError || e instanceof ZipLimitError) {
      problems.error(e instanceof ZipLimitError ? 'too-large-for-zip' : 'missing-file', e.message);
      return failed();
    }
    throw e;
  }
}

async function readKey(keyFile: string | undefined, problems: Problems) {
  if (!keyFile) return null;
  const pem = await readFile(keyFile, 'utf8').catch(() => null);
  if (pem === null) {
    problems.error('bad-key', `找不到私钥文件 ${keyFile}`);
    return null;
  }
  try {
    return loadPrivateKey(pem);
  } catch (e) {
    if (!(e instanceof SigningKeyError)) throw e;
    problems.error('bad-key', `${keyFile}：${e.message}`);
    return null;
  }
}

const previous = (existing: ExistingOutput) => (existing.kind === 'package' ? existing.manifest : undefined);

function chooseVersion(asked: number | undefined, existing: ExistingOutput, problems: Problems): number {
  const before = previous(existing)?.version;
  if (asked === undefined) return before === undefined ? 1 : before + 1;
  if (before !== undefined && asked <= before) {
    problems.warn(
      'version-not-newer',
      `版本号 ${asked} 不大于输出位置原有的版本 ${before}：已装过版本 ${before} 的查阅机不会接收这个包`,
    );
  }
  return asked;
}

/** Where each source file is first named, for warnings about the file. */
function firstPlaces(drafts: LinkedDraft[], sheets: SourceSheets) {
  const header = sheets.catalogue.headers.find((h) => fieldForHeader(h)?.key === 'files') ?? '文件';
  const places = new Map<string, string>();
  for (const d of drafts)
    for (const f of d.sourceFiles) if (!places.has(f)) places.set(f, cellPlace(sheets.catalogue, d.rowNumber, header));
  return (sourcePath: string) => places.get(sourcePath) ?? sheets.catalogue.label;
}

function warnAboutFiles(drafts: LinkedDraft[], files: SourceFiles, placeOf: (p: string) => string, problems: Problems) {
  for (const draft of drafts) {
    for (const path of draft.sourceFiles) {
      const kind = fileKind(path);
      if (kind.shown) continue;
      const qr = draft.onlineUrl ? '' : '。本行没有「原文链接」，请补上，居民才能扫码看到原文';
      problems.warn(
        'not-shown-on-kiosk',
        `${placeOf(path)}：${quoted(path)} 是${kind.name}，查阅机无法直接显示；已打包，查阅机上显示“请扫码查看原文”${qr}`,
      );
    }
  }
  const unused = files.unused(new Set(drafts.flatMap((d) => d.sourceFiles)));
  if (unused.length) {
    const shown = unused
      .slice(0, 10)
      .map((p) => quoted(p))
      .join('、');
    problems.warn(
      'unused-file',
      `资料文件夹中有 ${unused.length} 个文件没有写进目录表，未打包：${shown}${unused.length > 10 ? ' 等' : ''}`,
    );
  }
}

function mostCommonPublisher(drafts: LinkedDraft[]): string {
  const counts = new Map<string, number>();
  for (const d of drafts) if (d.publisher) counts.set(d.publisher, (counts.get(d.publisher) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

/** The source folder's name when it is a usable id, else a hash of its path: stable across reruns either way. */
function defaultPackageId(sourceDir: string): string {
  const name = basename(sourceDir)
    .toLowerCase()
    .replace(/[^a-z0-9._~-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return name.length >= 3 ? name : `package-${createHash('sha256').update(sourceDir).digest('hex').slice(0, 8)}`;
}
