// The bundled demo package on disk keeps the promises of DESIGN.md's content package and of the demo brief.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { DEMO_DOMAINS, type Catalogue, type Manifest, type Notices } from '../../src/shared/package-format.ts';

const ROOT = fileURLToPath(new URL('../../public/demo-package/', import.meta.url));
const readJson = <T>(path: string): T => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as T;
const manifest = readJson<Manifest>('manifest.json');
const { domains, documents } = readJson<Catalogue>('catalogue.json');
const listed = new Map(manifest.files.map((f) => [f.path, f]));
const byId = new Map(documents.map((d) => [d.id, d]));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile());
}

describe('demo package manifest', () => {
  test('lists every file but itself, with its size and sha256', () => {
    const onDisk = filesUnder(ROOT)
      .map((path) => relative(ROOT, path))
      .filter((p) => p !== 'manifest.json');
    expect([...listed.keys()].sort()).toEqual(onDisk.sort());
    for (const file of manifest.files) {
      const bytes = readFileSync(join(ROOT, file.path));
      expect(bytes.byteLength, file.path).toBe(file.size);
      expect(createHash('sha256').update(bytes).digest('hex'), file.path).toBe(file.sha256);
    }
  });

  test('is the fixed yunxi-demo version 1, within 5 MB', () => {
    expect(manifest).toMatchObject({
      format: 'chayue-package/1',
      packageId: 'yunxi-demo',
      version: 1,
      created: '2026-11-20T08:00:00.000Z',
    });
    expect(manifest.files.reduce((n, f) => n + f.size, 0)).toBeLessThanOrEqual(5 * 1024 * 1024);
  });
});

describe('demo catalogue', () => {
  test('has 60+ documents over all 13 domains, 3+ each, from 8+ publishers', () => {
    expect(documents.length).toBeGreaterThanOrEqual(60);
    expect(domains).toEqual(DEMO_DOMAINS);
    for (const { key } of DEMO_DOMAINS)
      expect(documents.filter((d) => d.domain === key).length, key).toBeGreaterThanOrEqual(3);
    expect(new Set(documents.map((d) => d.publisher)).size).toBeGreaterThanOrEqual(8);
  });

  test('ids are URL-safe and unique; dates run from 2015 to 2026-11-20', () => {
    expect(byId.size).toBe(documents.length);
    for (const doc of documents) {
      expect(doc.id).toMatch(/^[a-z0-9-]+$/);
      expect(doc.indexNo).toMatch(/^\d{8}\/\d{4}-\d{5}$/);
      expect(doc.publishDate <= '2026-11-20', doc.id).toBe(true);
      expect(doc.keywords.length, doc.id).toBeGreaterThanOrEqual(3);
      expect(doc.keywords.length, doc.id).toBeLessThanOrEqual(5);
    }
    const years = documents.map((d) => d.publishDate.slice(0, 4)).sort();
    expect([years[0], years.at(-1)]).toEqual(['2015', '2026']);
  });

  test('replacedBy and related point at existing documents; related goes both ways', () => {
    for (const doc of documents) {
      if (doc.replacedBy) {
        expect(byId.has(doc.replacedBy), doc.id).toBe(true);
        expect(doc.validity, doc.id).not.toBe('有效');
      }
      for (const id of doc.related) expect(byId.get(id)?.related, `${doc.id} → ${id}`).toContain(doc.id);
    }
    for (const validity of ['已修订', '废止', '失效'])
      expect(documents.some((d) => d.validity === validity)).toBe(true);
    expect(documents.filter((d) => d.genre === '解读' && d.related.length > 0).length).toBeGreaterThanOrEqual(3);
  });

  test('every file and text of a document is in the manifest, with the right type', () => {
    for (const doc of documents) {
      expect(listed.has(doc.textPath), doc.textPath).toBe(true);
      expect(readFileSync(join(ROOT, doc.textPath), 'utf8').startsWith(doc.title), doc.id).toBe(true);
      for (const file of doc.files) {
        expect(listed.get(file.path)?.type, file.path).toBe(file.type);
        if (file.type === 'application/pdf') expect(file.pages, file.path).toBeGreaterThan(0);
      }
    }
  });

  test('mixes mostly PDFs with a few HTML documents, one image, one attachment and one 20+ page PDF', () => {
    const mainTypes = documents.map((d) => d.files[0]?.type);
    expect(mainTypes.filter((t) => t === 'text/html').length).toBeGreaterThanOrEqual(3);
    expect(mainTypes.filter((t) => t === 'image/png').length).toBe(1);
    expect(mainTypes.filter((t) => t === 'application/pdf').length).toBeGreaterThan(documents.length / 2);
    expect(documents.some((d) => d.files.length > 1)).toBe(true);
    expect(documents.some((d) => (d.files[0]?.pages ?? 0) >= 20)).toBe(true);
  });

  test('HTML documents are self-contained: no scripts, no external resources', () => {
    for (const file of manifest.files.filter((f) => f.type === 'text/html')) {
      const html = readFileSync(join(ROOT, file.path), 'utf8');
      expect(html, file.path).not.toMatch(/<script|\s(src|href)=|url\(/i);
    }
  });

  test('carries the search cases the demo relies on', () => {
    expect(documents.some((d) => d.title.includes('2024年') && d.title.includes('财政预算'))).toBe(true);
    expect(documents.some((d) => d.title.includes('政务公开'))).toBe(true);
    expect(documents.some((d) => d.docNo.endsWith('77号'))).toBe(true);
    expect(documents.some((d) => d.docNo === '')).toBe(true);
    expect(documents.some((d) => !d.onlineUrl)).toBe(true);
  });
});

test('notices: 3–4, one expired in 2025, the others current through 2026', () => {
  const { notices } = readJson<Notices>('notices.json');
  expect(notices.length).toBeGreaterThanOrEqual(3);
  expect(notices.length).toBeLessThanOrEqual(4);
  expect(notices.some((n) => n.end?.startsWith('2025'))).toBe(true);
});
