// What pack writes is a package the kiosk takes: every hash right, signed, as a folder or a zip any reader opens, versions counting up.
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importPackage } from '../../src/content/import-package.ts';
import type { PackageSource } from '../../src/content/package-source.ts';
import { zipSource } from '../../src/content/zip-source.ts';
import { verifyManifestSignature } from '../../src/content/verify-signature.ts';
import type { Catalogue, Manifest } from '../../src/shared/package-format.ts';
import { minimalPdf } from '../lib/minimal-pdf.ts';
import { packPackage, type PackOptions } from './pack-package.ts';
import { writeKeyPair } from './signing-keys.ts';
import { docRow, emptyDir, excelCsv, sheetRows, sourceFolder } from './test-source-folder.ts';
import { readZipEntry } from './zip-reader.ts';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function sampleSource(extra: Record<string, Uint8Array | string> = {}) {
  return sourceFolder({
    'catalogue.csv': excelCsv(
      sheetRows([
        docRow(1, {
          文件: '2024/征地补偿通知.pdf；2024/附件.ofd',
          相关文件: '11530425/2024-00002',
          原文链接: 'https://www.example.gov.cn/a/1.html',
        }),
        docRow(2, { 标题: '《征地补偿通知》解读', 文件: '2024/解读.html', 发布日期: '2024年3月6日', 体裁: '解读' }),
        docRow(3, {
          标题: '扫描的旧文件',
          文件: '2019/扫描件.pdf',
          有效性: '废止',
          替代文件: '11530425/2024-00001',
          发布日期: '2019/5/1',
        }),
      ]),
    ),
    '2024/征地补偿通知.pdf': minimalPdf({
      pages: [['关于做好2024年征地补偿工作的通知', '各乡镇人民政府：'], ['第二页：补偿标准']],
    }),
    '2024/附件.ofd': 'OFD bytes',
    '2024/解读.html':
      '<html><head><title>x</title><script>var s=1</script></head><body><h1>政策解读</h1><p>一、补偿标准提高。</p></body></html>',
    '2019/扫描件.pdf': minimalPdf({ pages: [] }),
    ...extra,
  });
}

async function pack(options: Partial<PackOptions> & { sourceDir: string; out: string }) {
  const result = await packPackage({ now: new Date('2026-01-02T03:04:05Z'), ...options });
  expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  return result;
}

function folderSource(dir: string): PackageSource {
  return {
    name: dir,
    async open(path, optional) {
      const exists = await readFile(join(dir, path)).then(
        () => true,
        () => false,
      );
      if (!exists && optional) return null;
      return Readable.toWeb(createReadStream(join(dir, path))) as ReadableStream<Uint8Array>;
    },
  };
}

describe('folder output', () => {
  it('lists every file with its real size and sha256, reads PDF, HTML and pages, and signs so the kiosk verifies it', async () => {
    const source = await sampleSource();
    const out = join(await emptyDir(), 'package');
    const keys = await writeKeyPair(join(await emptyDir(), 'keys'));
    const result = await pack({ sourceDir: source, out, keyFile: keys.privatePath });

    const manifestBytes = await readFile(join(out, 'manifest.json'));
    const manifest = JSON.parse(manifestBytes.toString('utf8')) as Manifest;
    expect(manifest).toMatchObject({
      format: 'chayue-package/1',
      version: 1,
      created: '2026-01-02T03:04:05.000Z',
      publisher: '某县人民政府办公室',
    });
    for (const file of manifest.files) {
      const bytes = await readFile(join(out, file.path));
      expect([file.path, bytes.byteLength, sha256(bytes)]).toEqual([file.path, file.size, file.sha256]);
    }
    const signature = await readFile(join(out, 'manifest.sig'), 'utf8');
    expect(await verifyManifestSignature(new Uint8Array(manifestBytes), signature, [keys.publicKey])).toBe(true);
    expect(result.publicKey).toBe(keys.publicKey);

    const catalogue = JSON.parse(await readFile(join(out, 'catalogue.json'), 'utf8')) as Catalogue;
    const [notice, reading, scan] = catalogue.documents;
    expect(catalogue.documents.map((d) => d.id)).toEqual([
      '11530425-2024-00002',
      '11530425-2024-00001',
      '11530425-2024-00003',
    ]);
    expect(reading).toMatchObject({
      id: '11530425-2024-00001',
      domain: 'farm-subsidies',
      related: ['11530425-2024-00002'],
      onlineUrl: 'https://www.example.gov.cn/a/1.html',
    });
    expect(reading!.files).toEqual([
      { path: expect.stringMatching(/^files\/[0-9a-f]{64}\.pdf$/), type: 'application/pdf', pages: 2 },
      { path: expect.stringMatching(/^files\/[0-9a-f]{64}\.ofd$/), type: 'application/ofd' },
    ]);
    expect(await readFile(join(out, reading!.textPath), 'utf8')).toBe(
      '关于做好2024年征地补偿工作的通知\n各乡镇人民政府：\n\n第二页：补偿标准',
    );
    expect(notice).toMatchObject({
      publishDate: '2024-03-06',
      related: ['11530425-2024-00001'],
      files: [{ type: 'text/html' }],
    });
    expect(await readFile(join(out, notice!.textPath), 'utf8')).toBe('政策解读\n一、补偿标准提高。');
    expect(scan).toMatchObject({ validity: '废止', replacedBy: '11530425-2024-00001', publishDate: '2019-05-01' });

    expect(result.problems.map((p) => p.code).sort()).toEqual(['not-shown-on-kiosk', 'scanned-pdf']);
    expect(result.problems.find((p) => p.code === 'scanned-pdf')!.message).toBe(
      'catalogue.csv 第 4 行「文件」：“2019/扫描件.pdf” 没有可提取的文字（可能是扫描件），已打包，但无法按正文搜索到它',
    );

    // The terminal's own import takes it with signatures required.
    const imported = await importPackage(folderSource(out), {
      packageId: manifest.packageId,
      trustedKeys: [keys.publicKey],
      allowUnsigned: false,
      maxPackageBytes: 10_000_000,
    });
    expect(imported).toEqual({ version: 1, documents: 3 });
  });

  it('counts the version up from the package already at OUT and replaces it', async () => {
    const source = await sampleSource();
    const out = join(await emptyDir(), 'package');
    await pack({ sourceDir: source, out });
    await pack({ sourceDir: source, out });
    expect(JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')).version).toBe(2);
    const explicit = await pack({ sourceDir: source, out, version: 2 });
    expect(explicit.manifest!.version).toBe(2);
    expect(explicit.problems.map((p) => p.code)).toContain('version-not-newer');
  });

  it('lists files in SOURCE_DIR that no row names, and warns about a GBK web page', async () => {
    const gbkPage = Uint8Array.from([0x3c, 0x70, 0x3e, 0xd6, 0xd0, 0xce, 0xc4, 0x3c, 0x2f, 0x70, 0x3e]); // <p>中文</p> in GBK
    const source = await sampleSource({
      '忘了写进目录.pdf': minimalPdf({ pages: [['x']] }),
      '2024/解读.html': gbkPage,
    });
    const result = await pack({ sourceDir: source, out: join(await emptyDir(), 'package') });
    const messages = result.problems.map((p) => p.message);
    expect(messages).toContain('资料文件夹中有 1 个文件没有写进目录表，未打包：“忘了写进目录.pdf”');
    expect(result.problems.map((p) => p.code)).toContain('html-not-utf8');
  });
});

describe('zip output', () => {
  it('holds the same files, opens with fflate (whole and streaming) and counts versions from the zip at OUT', async () => {
    const source = await sampleSource();
    const out = join(await emptyDir(), 'package.zip');
    await pack({ sourceDir: source, out });
    const second = await pack({ sourceDir: source, out });
    expect(second.manifest!.version).toBe(2);

    const zipBytes = await readFile(out);
    const entries = unzipSync(zipBytes);
    const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json'])) as Manifest;
    expect(manifest.version).toBe(2);
    expect(Object.keys(entries).sort()).toEqual(['manifest.json', ...manifest.files.map((f) => f.path)].sort());
    for (const file of manifest.files) expect(sha256(entries[file.path]!)).toBe(file.sha256);
    expect(new TextDecoder().decode((await readZipEntry(out, 'manifest.json'))!)).toBe(
      new TextDecoder().decode(entries['manifest.json']),
    );

    // Sizes sit in each local header, so a streaming reader gets every entry whole, stored PDFs included.
    const streamed = new Map<string, Uint8Array>();
    const unzip = new Unzip((file) => {
      const parts: Uint8Array[] = [];
      file.ondata = (error, data, final) => {
        if (error) throw error;
        parts.push(data);
        if (final) streamed.set(file.name, Buffer.concat(parts));
      };
      file.start();
    });
    unzip.register(UnzipInflate);
    unzip.push(zipBytes, true);
    for (const file of manifest.files) expect(sha256(streamed.get(file.path)!)).toBe(file.sha256);

    // The terminal's own USB reader (zip.js over the central directory) takes it.
    const imported = await importPackage(await zipSource(new Blob([zipBytes]), 10_000_000), {
      packageId: manifest.packageId,
      trustedKeys: [],
      allowUnsigned: true,
      maxPackageBytes: 10_000_000,
    });
    expect(imported).toMatchObject({ version: 2, documents: 3 });
  });
});

describe('xlsx source', () => {
  it('packs from a workbook with Date cells, Excel serials and its own domains sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('目录');
    sheet.addRow(['索引号', '标题', '发布日期', '成文日期', '重点领域', '文件']);
    sheet.addRow(['XX-2024-1', '交通通知', new Date(Date.UTC(2024, 2, 5)), 45350, '交通运输', 'a.pdf']);
    const domains = workbook.addWorksheet('domains');
    domains.addRow(['名称']);
    domains.addRow(['交通运输']);
    const source = await sourceFolder({ 'a.pdf': minimalPdf({ pages: [['交通']] }) });
    await writeFile(join(source, 'catalogue.xlsx'), new Uint8Array(await workbook.xlsx.writeBuffer()));
    const out = join(await emptyDir(), 'package');
    await pack({ sourceDir: source, out });
    const catalogue = JSON.parse(await readFile(join(out, 'catalogue.json'), 'utf8')) as Catalogue;
    expect(catalogue.domains).toEqual([{ key: 'domain-1', name: '交通运输' }]);
    expect(catalogue.documents[0]).toMatchObject({
      id: 'XX-2024-1',
      publishDate: '2024-03-05',
      writtenDate: '2024-02-28',
      domain: 'domain-1',
    });
  });
  it("carries a catalogue.json source's own common terms into the package", async () => {
    const source = await sourceFolder({ 'a.pdf': minimalPdf({ pages: [['低保']] }) });
    const commonTerms = [{ domain: 'poverty-disaster-relief', terms: ['低保', '临时救助'] }];
    const entry = {
      索引号: 'XX-2024-2',
      标题: '低保通知',
      发布日期: '2024-03-05',
      重点领域: '扶贫救灾',
      文件: 'a.pdf',
    };
    await writeFile(join(source, 'catalogue.json'), JSON.stringify({ documents: [entry], commonTerms }));
    const out = join(await emptyDir(), 'package');
    await pack({ sourceDir: source, out });
    const catalogue = JSON.parse(await readFile(join(out, 'catalogue.json'), 'utf8')) as Catalogue;
    expect(catalogue.commonTerms).toEqual(commonTerms);
  });
});
