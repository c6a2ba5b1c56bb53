// Residents type pinyin, often only initials, mixed with digits: these queries over the demo package must find what they mean.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../shared/package-format.ts';
import { foldText } from './normalize.ts';
import { PinyinTable } from './pinyin-index.ts';
import { serviceFor } from './search-test-helpers.ts';
import type { SearchService } from './search-service.ts';

const demoFolder = join(import.meta.dirname, '../../public/demo-package');

/** The bundled demo package's catalogue and texts, as the kiosk imports them. */
function readDemoPackage(): { catalogue: Catalogue; bodies: string[] } {
  const catalogue = JSON.parse(readFileSync(join(demoFolder, 'catalogue.json'), 'utf8')) as Catalogue;
  const bodies = catalogue.documents.map((d) => readFileSync(join(demoFolder, d.textPath), 'utf8'));
  return { catalogue, bodies };
}

let catalogue: Catalogue;
let bodies: string[];
let service: SearchService;
const ids = (q: string) => [...service.search(q).docs].map((d) => catalogue.documents[d]!.id);

beforeAll(async () => {
  const demo = readDemoPackage();
  catalogue = demo.catalogue;
  bodies = demo.bodies;
  service = (await serviceFor(catalogue.documents, demo.bodies, catalogue.domains)).service;
});

describe('pinyin over titles and publishers', () => {
  it('finds 政务公开 by initials, by full pinyin and by a mix of both', () => {
    const expected = catalogue.documents.filter((d) => d.title.includes('政务公开')).map((d) => d.id);
    expect(expected.length).toBeGreaterThan(0);
    for (const q of ['zwgk', 'zhengwugongkai', 'zhengwgk', 'ZWGK', '政wgk']) {
      expect(ids(q).slice(0, expected.length).sort(), q).toEqual(expected.sort());
    }
  });

  it('mixes digits and initials: "2024 czys" finds the 2024 财政预算 documents, title matches first', () => {
    const expected = catalogue.documents
      .filter((d) => d.title.includes('2024') && d.title.includes('财政预算'))
      .map((d) => d.id);
    expect(expected.length).toBe(3);
    expect(ids('2024 czys').slice(0, 3).sort()).toEqual(expected.sort());
  });

  it('matches publishers by pinyin, below title matches', () => {
    // 教育局 → jyj: the education bureau's documents, titles that say 教育局 first.
    const found = ids('jyj');
    const bureau = catalogue.documents.filter((d) => d.publisher.includes('教育局')).map((d) => d.id);
    expect(found.sort()).toEqual(expect.arrayContaining(bureau.sort()));
  });

  it('finds a 文号 by its number, the document with it first', () => {
    const doc = catalogue.documents.find((d) => d.docNo.endsWith('77号'))!;
    expect(ids('77号')[0]).toBe(doc.id);
    expect(ids('77')[0]).toBe(doc.id);
  });

  it('gives, for any letters, exactly the titles and publishers a plain pinyin scan matches, the words they spell, and literal matches', async () => {
    const { data } = await serviceFor(catalogue.documents, bodies, catalogue.domains);
    const table = new PinyinTable(data.pinyin);
    const fold = (s: string) => String.fromCharCode(...foldText(s));
    const titles = catalogue.documents.map((d) => [fold(d.title), fold(d.publisher)]);
    const texts = catalogue.documents.map((d, i) =>
      fold([d.title, d.docNo, d.publisher, d.indexNo, ...d.keywords, d.summary, bodies[i]].join('\u0001')),
    );
    const letters = 'abcdefghjklmnopqrstwxyz';
    let seed = 3;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 300; i++) {
      const q = Array.from(
        { length: 1 + Math.floor(next() * 4) },
        () => letters[Math.floor(next() * letters.length)],
      ).join('');
      const codes = Uint16Array.from(q, (c) => c.charCodeAt(0));
      // Words of the catalogue whose common readings, run together, are exactly the letters.
      const spelled = data.vocabulary.words
        .map(fold)
        .filter((w) => [...w].map((ch) => table.firstReading(ch.charCodeAt(0)) ?? '?').join('') === q);
      const expected = catalogue.documents
        .filter(
          (_, d) =>
            texts[d]!.includes(q) ||
            titles[d]!.some((t) => table.find(t, 0, t.length, codes) !== null) ||
            spelled.some((w) => texts[d]!.includes(w)),
        )
        .map((doc) => doc.id)
        .sort();
      expect(ids(q).sort(), q).toEqual(expected);
    }
  });

  it('ranks a common reading and a whole word before a rare reading across two words: cz is 财政 before 补助政策', () => {
    const found = ids('cz').map((id) => catalogue.documents.find((d) => d.id === id)!);
    const caizheng = found.filter((d) => d.title.includes('财政'));
    // 补助政策, 补助资金: only 助 read as its rare chú, across 补助|政策, gives c-z there.
    const rare = found.filter((d) => /补助[政资]/.test(d.title) && !d.title.includes('财政'));
    expect(caizheng.length).toBe(7);
    expect(rare.length).toBe(2);
    // Whole words on common readings first (财政, and 城镇, which cz spells as well), newest first among them.
    expect(found.slice(0, 3).every((d) => d.title.includes('财政') || d.title.includes('城镇'))).toBe(true);
    for (const d of rare) expect(found.indexOf(d), d.title).toBeGreaterThan(found.indexOf(caizheng.at(-1)!));
  });

  it('takes a full spelling for the word it spells: dibao finds the 低保 documents first, then 的报告', () => {
    const found = ids('dibao');
    const dibao = catalogue.documents
      .filter((d, i) => [d.title, ...d.keywords, d.summary, bodies[i]].some((t) => t!.includes('低保')))
      .map((d) => d.id);
    expect(dibao.length).toBeGreaterThan(2);
    expect(found.slice(0, dibao.length).sort()).toEqual([...dibao].sort());
    // Still found, as typed: 的 read as dì, 报 as bao, across 的|报告.
    const report = catalogue.documents.find((d) => d.title.endsWith('预算草案的报告'))!;
    expect(found).toContain(report.id);
    // Typed a key at a time, the last key still finds them (the narrowing of key-by-key typing must not lose them).
    for (const prefix of ['d', 'di', 'dib', 'diba']) ids(prefix);
    expect(ids('dibao').slice(0, dibao.length).sort()).toEqual([...dibao].sort());
  });

  it('finds nothing for letters that spell nothing', () => {
    expect(ids('qxqxq')).toEqual([]);
  });
});

describe('candidate words, suggestions and common terms', () => {
  it('offers 政务公开 for zwgk and 财政 words for cz, whole-word spellings first', () => {
    expect(service.candidates('zwgk')).toContain('政务公开');
    const cz = service.candidates('cz');
    expect(cz[0]).toMatch(/^财政/);
    expect(service.candidates('')).toEqual([]);
  });

  it('offers no fragments cut out of longer words', () => {
    // Each of these is only ever seen inside a longer word (民政局, 信息公开, 预算公开, 公安局/公共).
    const offered = new Set(
      ['zj', 'xxg', 'sgk', 'yxxg', 'yxxmz'].flatMap((letters) => service.candidates(letters, 100)),
    );
    for (const fragment of ['政局', '信息公', '算公开', '云溪县公'])
      expect(offered.has(fragment), fragment).toBe(false);
    expect(offered.has('云溪县民政局')).toBe(true);
  });

  it('suggests the nearest-sounding words when a query finds nothing', () => {
    expect(ids('政务公卡')).toEqual([]);
    expect(service.suggestions('政务公卡')).toContain('政务公开');
    expect(service.suggestions('zwgkk')).toContain('政务公开');
    expect(service.suggestions('低包')).toContain('低保');
  });

  it('gives each domain a few common terms, 低保 among poverty relief’s', () => {
    const relief = service.commonTerms.find((c) => c.domain === 'poverty-disaster-relief');
    expect(relief?.terms).toContain('低保');
    for (const { terms } of service.commonTerms) {
      expect(terms.length).toBeGreaterThan(0);
      for (const term of terms) expect(ids(term).length, term).toBeGreaterThan(0);
    }
  });

  it('offers no one-off keyword of a single notice, and no genre, as a common term', () => {
    const food = service.commonTerms.find((c) => c.domain === 'food-drug-safety')!;
    // 月饼 and 中秋国庆 name one autumn notice's checks only.
    expect(food.terms).not.toContain('月饼');
    expect(food.terms).not.toContain('中秋国庆');
    expect(food.terms).toContain('食品安全');
    const genres = new Set(catalogue.documents.map((d) => d.genre));
    for (const { terms } of service.commonTerms) {
      for (const term of terms) {
        expect(genres.has(term), term).toBe(false);
        const holding = catalogue.documents.filter(
          (d) => d.title.includes(term) || d.keywords.some((k) => k.includes(term)),
        );
        expect(holding.length, term).toBeGreaterThanOrEqual(2);
      }
    }
  });
});

describe('highlights and snippets', () => {
  it('marks literal and pinyin matches in a title', () => {
    const title = '云溪县人民政府办公室关于印发云溪县2026年政务公开工作要点的通知';
    const marked = (q: string) => service.highlight(title, service.search(q).terms).map(([s, e]) => title.slice(s, e));
    expect(marked('政务公开')).toEqual(['政务公开']);
    expect(marked('zwgk')).toEqual(['政务公开']);
    expect(marked('2026 要点')).toEqual(['2026', '要点']);
  });

  it('cuts a body snippet around the first match after the title line, with the match marked', () => {
    const hits = service.search('临时救助');
    const doc = hits.docs[0]!;
    const snippet = service.snippet(doc, hits.terms)!;
    expect(snippet.marks.length).toBeGreaterThan(0);
    for (const [s, e] of snippet.marks) expect(snippet.text.slice(s, e)).toBe('临时救助');
    expect(service.snippet(doc, service.search('qxqxq').terms)).toBeNull();
  });
});
