// Facet counts must say what a tap will show: each chip counts the documents its value gives with the other filters kept.
import { describe, expect, it } from 'vitest';
import type { CatalogueDocument } from '../shared/package-format.ts';
import { CatalogueView } from './catalogue-view.ts';
import { FACETS, filtersFrom, type Filters } from './facets.ts';
import { makeDoc } from './search-test-helpers.ts';

const docs: CatalogueDocument[] = [
  makeDoc('a', { domain: 'environment', publisher: '环保局', publishDate: '2024-02-01', genre: '通知' }),
  makeDoc('b', {
    domain: 'environment',
    publisher: '环保局',
    publishDate: '2023-05-01',
    genre: '公告',
    validity: '废止',
  }),
  makeDoc('c', { domain: 'relocation', publisher: '住建局', publishDate: '2024-07-01', genre: '通知' }),
  makeDoc('d', { domain: 'unlisted', publisher: '住建局', publishDate: '2022-01-01', genre: '办法' }),
  makeDoc('e', { domain: 'relocation', publisher: '环保局', publishDate: '2024-09-09', genre: '公告' }),
];
const view = new CatalogueView(
  {
    domains: [
      { key: 'relocation', name: '拆迁安置' },
      { key: 'environment', name: '环境保护' },
    ],
    documents: docs,
  },
  '其他',
);

/** Brute force: for each facet value, the documents matching the filters with that facet set to the value. */
function expectedCount(filters: Filters, facet: (typeof FACETS)[number], value: string): number {
  return view.browse({ ...filters, [facet]: value }).documents.length;
}

describe('browse facets', () => {
  it('lists what matches every filter, newest first', () => {
    expect(view.browse({}).documents.map((d) => d.id)).toEqual(['e', 'c', 'a', 'b', 'd']);
    expect(view.browse({ publisher: '环保局', year: '2024' }).documents.map((d) => d.id)).toEqual(['e', 'a']);
    expect(view.browse({ domain: 'other' }).documents.map((d) => d.id)).toEqual(['d']);
  });

  it('counts each value as choosing it would show, as filters combine', () => {
    for (const filters of [
      {},
      { year: '2024' },
      { publisher: '环保局', genre: '公告' },
      { domain: 'relocation', validity: '有效' },
    ] as Filters[]) {
      const { facets } = view.browse(filters);
      for (const facet of FACETS) {
        for (const { value, count } of facets[facet])
          expect(count, `${facet}=${value} with ${JSON.stringify(filters)}`).toBe(expectedCount(filters, facet, value));
      }
    }
  });

  it('orders domains as the package does, years newest first, and keeps a chosen value that matches nothing', () => {
    const { facets } = view.browse({ year: '1999' });
    expect(view.browse({}).facets.domain.map((v) => v.value)).toEqual(['relocation', 'environment', 'other']);
    expect(view.browse({}).facets.year.map((v) => v.value)).toEqual(['2024', '2023', '2022']);
    expect(facets.year.find((v) => v.value === '1999')).toEqual({ value: '1999', count: 0 });
  });

  it('reads filters from route parameters, ignoring empty and unknown ones', () => {
    expect(filtersFrom(new URLSearchParams('domain=relocation&year=&foo=1&genre=通知'))).toEqual({
      domain: 'relocation',
      genre: '通知',
    });
  });
});
