// Search must be exact: a document is found when, and only when, it holds every term contiguously (whitespace,
// case and width aside). A random corpus over a small alphabet makes near misses common; a naive scan is the judge.
import { describe, expect, it } from 'vitest';
import { seededRandom, type SeededRandom } from '../../scripts/demo-content/seeded-random.ts';
import type { CatalogueDocument } from '../shared/package-format.ts';
import { makeDoc, serviceFor } from './search-test-helpers.ts';

// Few characters, so that most pairs occur somewhere; digits in both widths; no latin letters (pinyin is tested apart).
const ALPHABET = [...'公开政务信息县财预算号年补贴〔〕77', '2', '０', '１'];
const SPACES = ['\n', ' ', '\u3000', '\r\n'];

function randomText(r: SeededRandom, min: number, max: number, spaces = false): string {
  let s = '';
  const length = r.int(min, max);
  for (let i = 0; i < length; i++) {
    s += r.pick(ALPHABET);
    if (spaces && r.next() < 0.08) s += r.pick(SPACES);
  }
  return s;
}

function randomCorpus(seed: number, count: number) {
  const r = seededRandom(seed);
  const documents: CatalogueDocument[] = [];
  const bodies: string[] = [];
  for (let i = 0; i < count; i++) {
    documents.push(
      makeDoc(`d${i}`, {
        title: randomText(r, 2, 12, true),
        docNo: r.next() < 0.5 ? randomText(r, 3, 8) : '',
        publisher: randomText(r, 2, 6),
        indexNo: `${r.int(1000, 9999)}/${r.int(2000, 2030)}-${r.int(1, 99)}`,
        keywords: Array.from({ length: r.int(0, 3) }, () => randomText(r, 2, 4)),
        summary: randomText(r, 0, 15),
        publishDate: `20${r.int(10, 26)}-0${r.int(1, 9)}-1${r.int(0, 9)}`,
      }),
    );
    bodies.push(randomText(r, 0, 120, true));
  }
  return { documents, bodies };
}

/** The judge: fold with the platform's own NFKC and lower case, drop whitespace, and look in each field. */
const naiveFold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
function naiveSearch(documents: CatalogueDocument[], bodies: string[], query: string): string[] {
  const terms = query.split(/\s+/).map(naiveFold).filter(Boolean);
  if (terms.length === 0) return [];
  return documents
    .filter((doc, i) => {
      const fields = [doc.title, doc.docNo, doc.publisher, doc.indexNo, ...doc.keywords, doc.summary, bodies[i]!].map(
        naiveFold,
      );
      return terms.every((t) => fields.some((f) => f.includes(t)));
    })
    .map((d) => d.id)
    .sort();
}

/** Pairs and triples whose parts occur but which never occur whole: the cases a bigram index alone gets wrong. */
function nearMisses(documents: CatalogueDocument[], bodies: string[]): string[] {
  const all = documents
    .flatMap((d, i) => [d.title, d.docNo, d.publisher, d.indexNo, ...d.keywords, d.summary, bodies[i]!])
    .map(naiveFold);
  const joined = all.join('\u0001');
  const misses: string[] = [];
  const chars = [...new Set(joined.split('\u0001').join(''))];
  for (const a of chars) for (const b of chars) if (!joined.includes(a + b)) misses.push(a + b);
  for (let i = 0; i + 3 <= joined.length && misses.length < 400; i += 7) {
    const [a, b] = [joined.slice(i, i + 2), joined.slice(i + 1, i + 3)];
    for (const c of chars) {
      const triple = a + c;
      if (
        !triple.includes('\u0001') &&
        !b.includes('\u0001') &&
        joined.includes(a) &&
        !joined.includes(triple) &&
        joined.includes(a[1]! + c)
      )
        misses.push(triple);
    }
  }
  return misses;
}

describe('exact search against a naive scan', () => {
  it('gives the naive result set for random substrings, near misses, multi-term and spaced queries', async () => {
    const { documents, bodies } = randomCorpus(20241, 160);
    const { service } = await serviceFor(documents, bodies);
    const r = seededRandom(7);
    const queries: string[] = [];
    for (let i = 0; i < 300; i++) {
      const doc = r.int(0, documents.length - 1);
      const source = naiveFold(
        r.pick([documents[doc]!.title, bodies[doc]!, documents[doc]!.summary, documents[doc]!.indexNo]),
      );
      if (source.length === 0) continue;
      const start = r.int(0, source.length - 1);
      let q = source.slice(start, start + r.int(1, 6));
      // The same query as a resident might type it: full-width digits, a stray space inside a term is a split.
      if (r.next() < 0.3) q = q.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
      queries.push(q);
    }
    // Key-by-key typing: every prefix in turn, as the service narrows each search from the one before.
    for (let i = 0; i < 40; i++) {
      const source = naiveFold(bodies[r.int(0, bodies.length - 1)]!);
      const start = r.int(0, Math.max(0, source.length - 6));
      for (let n = 1; n <= 6 && start + n <= source.length; n++) queries.push(source.slice(start, start + n));
    }
    const misses = nearMisses(documents, bodies);
    expect(misses.length).toBeGreaterThan(20);
    queries.push(...misses.slice(0, 300));
    for (let i = 0; i < 100; i++) queries.push(`${randomText(r, 1, 3)} ${randomText(r, 1, 3)}`);
    for (let i = 0; i < 100; i++) queries.push(randomText(r, 1, 5));
    let found = 0;
    for (const q of queries) {
      const got = [...service.search(q).docs].map((d) => documents[d]!.id).sort();
      expect(got, `query ${JSON.stringify(q)}`).toEqual(naiveSearch(documents, bodies, q));
      if (got.length > 0) found++;
    }
    // Both kinds must be well represented, or the comparison proves little.
    expect(found).toBeGreaterThan(150);
    expect(queries.length - found).toBeGreaterThan(150);
  });

  it('never matches two characters that occur apart, and ignores line breaks, case and width', async () => {
    const documents = [
      makeDoc('apart', { title: '公示' }),
      makeDoc('together', { title: '通知' }),
      makeDoc('broken', { title: 'x' }),
    ];
    const bodies = ['公平开放', '政务公开', '政府信息公\n开 PM２.5'];
    const { service } = await serviceFor(documents, bodies);
    const ids = (q: string) => [...service.search(q).docs].map((d) => documents[d]!.id).sort();
    expect(ids('公开')).toEqual(['broken', 'together']);
    expect(ids('pm2.5')).toEqual(['broken']);
    expect(ids('ＰＭ2．5')).toEqual(['broken']);
    expect(ids('公 开')).toEqual(['apart', 'broken', 'together']);
    expect(ids('   ')).toEqual([]);
  });

  it('handles document ids past the one- and two-byte varint limits', async () => {
    const documents = Array.from({ length: 17_000 }, (_, i) =>
      makeDoc(`n${i}`, { title: i % 4000 === 3 ? '低保标准' : '通知' }),
    );
    const { service } = await serviceFor(documents, []);
    expect([...service.search('低保').docs].sort((a, b) => a - b)).toEqual([3, 4003, 8003, 12003, 16003]);
    expect(service.search('通知').docs.length).toBe(17_000 - 5);
  });
});

describe('ranking', () => {
  it('puts title matches first, then 文号/发布机构/索引号, then body; newer first within a tier', async () => {
    const documents = [
      makeDoc('body-new', { publishDate: '2026-01-01' }),
      makeDoc('title-old', { title: '关于低保的通知', publishDate: '2019-01-01' }),
      makeDoc('publisher', { publisher: '低保中心', publishDate: '2020-01-01' }),
      makeDoc('title-new', { title: '低保标准', publishDate: '2024-01-01' }),
      makeDoc('docno', { docNo: '低保〔2021〕1号', publishDate: '2021-01-01' }),
      makeDoc('keyword', { keywords: ['低保'], publishDate: '2025-01-01' }),
      makeDoc('none', { publishDate: '2026-06-01' }),
    ];
    const { service } = await serviceFor(documents, ['正文提到低保。']);
    const order = [...service.search('低保').docs].map((d) => documents[d]!.id);
    expect(order).toEqual(['title-new', 'title-old', 'docno', 'publisher', 'body-new', 'keyword']);
  });

  it('ranks a document by its weakest term: both terms in the title beat one in the title and one in the body', async () => {
    const documents = [
      makeDoc('split', { title: '低保', publishDate: '2026-01-01' }),
      makeDoc('both', { title: '低保标准', publishDate: '2020-01-01' }),
    ];
    const { service } = await serviceFor(documents, ['调整标准', '']);
    expect([...service.search('低保 标准').docs].map((d) => documents[d]!.id)).toEqual(['both', 'split']);
  });
});
