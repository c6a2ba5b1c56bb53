// A package path is a plain name inside the package, and a document's links are web addresses: nothing else is taken.
import { describe, expect, it, vi, afterEach } from 'vitest';
import { ImportError } from './import-error.ts';
import { catalogueSchema, manifestSchema, noticesSchema, parseJson } from './package-schema.ts';
import { urlSource } from './package-source.ts';

const SHA = 'a'.repeat(64);
const manifestWith = (path: string) =>
  JSON.stringify({
    format: 'chayue-package/1',
    packageId: 'unit',
    version: 1,
    created: '2026-01-01T00:00:00.000Z',
    publisher: 'p',
    title: 't',
    files: [
      { path: 'catalogue.json', sha256: SHA, size: 1, type: 'application/json' },
      { path, sha256: SHA, size: 1, type: 'x' },
    ],
  });
const document = (fields: Record<string, unknown>) => ({
  id: 'd1',
  indexNo: '1',
  title: 't',
  publisher: 'p',
  docNo: '',
  writtenDate: '',
  publishDate: '2024-01-01',
  topics: [],
  domain: 'other',
  genre: '通知',
  disclosure: '主动公开',
  scope: '',
  validity: '有效',
  keywords: [],
  summary: '',
  files: [{ path: 'files/a.pdf', type: 'application/pdf' }],
  textPath: `text/${SHA}.txt`,
  related: [],
  ...fields,
});
const catalogueWith = (fields: Record<string, unknown>) =>
  JSON.stringify({ domains: [], documents: [document(fields)] });

function schemaFailure(run: () => unknown) {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    return (e as ImportError).failure;
  }
  throw new Error('taken, not refused');
}

const unsafePaths = [
  'https://evil.example/x.pdf',
  '//evil.example/x.pdf',
  'files/%2e%2e/%2e%2e/x.pdf',
  'files/a%20b.pdf',
  'files/../x.pdf',
  'files/./a.pdf',
  'files//a.pdf',
  'files/',
  '/files/a.pdf',
  'files\\a.pdf',
  'files/a.pdf?x=1',
  'files/a.pdf#x',
  'files/a\u0001.pdf',
  'files/a\u007f.pdf',
  'files/a\u0085.pdf',
  'C:/files/a.pdf',
  'javascript:alert(1)',
  'other/a.pdf',
  'text/notahash.txt',
  'text/sub/' + SHA + '.txt',
  'manifest.json',
];

describe('package paths', () => {
  it.each(unsafePaths)('refuses %j in manifest.json, naming the JSON path', (path) => {
    expect(schemaFailure(() => parseJson(manifestSchema, manifestWith(path), 'manifest.json'))).toMatchObject({
      code: 'schema',
      path: 'manifest.json',
      detail: expect.stringMatching(/^\$\.files\[1\]\.path: /),
    });
  });

  it('takes plain names: the JSON files, files/… (Chinese and spaces too), text/<sha256>.txt', () => {
    for (const path of ['notices.json', 'files/2024/政府 文件.pdf', 'files/a-b_c.d.pdf', `text/${SHA}.txt`])
      expect(() => parseJson(manifestSchema, manifestWith(path), 'manifest.json')).not.toThrow();
  });

  it("refuses an unsafe path in a document's files, its textPath, and a notice's image", () => {
    const files = [{ path: 'files/%2e%2e/a.pdf', type: 'application/pdf' }];
    expect(schemaFailure(() => parseJson(catalogueSchema, catalogueWith({ files }), 'catalogue.json')).detail).toMatch(
      /^\$\.documents\[0\]\.files\[0\]\.path: /,
    );
    const textPath = 'files/a.txt';
    expect(
      schemaFailure(() => parseJson(catalogueSchema, catalogueWith({ textPath }), 'catalogue.json')).detail,
    ).toMatch(/^\$\.documents\[0\]\.textPath: /);
    const notices = JSON.stringify({
      notices: [{ id: 'n', title: 't', body: 'b', image: 'https://evil.example/a.png' }],
    });
    expect(schemaFailure(() => parseJson(noticesSchema, notices, 'notices.json')).detail).toMatch(
      /^\$\.notices\[0\]\.image: /,
    );
  });
});

describe('onlineUrl', () => {
  it.each([
    'javascript:alert(1)',
    'intent://scan/#Intent;scheme=x;end',
    'file:///etc/passwd',
    'data:text/html,x',
    'ftp://g.cn/a',
  ])('refuses %j with the JSON path', (onlineUrl) => {
    expect(
      schemaFailure(() => parseJson(catalogueSchema, catalogueWith({ onlineUrl }), 'catalogue.json')),
    ).toMatchObject({
      code: 'schema',
      detail: expect.stringMatching(/^\$\.documents\[0\]\.onlineUrl: /),
    });
  });

  it('takes http and https', () => {
    for (const onlineUrl of ['http://www.yunxi.gov.cn/a.html', 'https://www.yunxi.gov.cn/zwgk/a.html?id=1#p'])
      expect(() => parseJson(catalogueSchema, catalogueWith({ onlineUrl }), 'catalogue.json')).not.toThrow();
  });
});

describe('urlSource', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('never fetches a path that resolves outside the package folder', async () => {
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: URL) => {
      fetched.push(String(url));
      return new Response('x');
    });
    const source = urlSource('https://packages.example/yunxi/');
    for (const path of [
      'https://evil.example/x.pdf',
      '//evil.example/x.pdf',
      '../x.pdf',
      'files/%2e%2e/%2e%2e/x.pdf',
      '/x.pdf',
    ])
      await expect(source.open(path)).rejects.toBeInstanceOf(ImportError);
    await source.open('files/a.pdf');
    expect(fetched).toEqual(['https://packages.example/yunxi/files/a.pdf']);
  });
});
