// The Home and list screens trust these counts and orders; a wrong count is a resident looking for a file that is not there.
import { describe, expect, it } from 'vitest';
import type { CatalogueDocument } from '../shared/package-format.ts';
import { CatalogueView } from './catalogue-view.ts';

function doc(id: string, domain: string, publishDate: string, indexNo = id): CatalogueDocument {
  return {
    id,
    indexNo,
    domain,
    publishDate,
    title: id,
    publisher: 'p',
    docNo: '',
    writtenDate: '',
    topics: [],
    genre: '通知',
    disclosure: '主动公开',
    scope: '面向全社会',
    validity: '有效',
    keywords: [],
    summary: '',
    files: [{ path: `files/${id}.pdf`, type: 'application/pdf' }],
    textPath: `text/${id}.txt`,
    related: [],
  };
}

const view = new CatalogueView(
  {
    domains: [
      { key: 'environment', name: '环境保护' },
      { key: 'farm-subsidies', name: '涉农补贴' },
      { key: 'relocation', name: '拆迁安置' },
    ],
    documents: [
      doc('a', 'environment', '2020-01-01'),
      doc('b', 'environment', '2024-05-01'),
      doc('c', 'farm-subsidies', '2022-03-03'),
      doc('d', 'no-such-domain', '2019-01-01'),
      doc('e', 'environment', '2024-05-01', 'zz'),
    ],
  },
  '其他',
);

describe('CatalogueView', () => {
  it('counts documents per domain in the package’s order, empty domains included, unknown ones as 其他', () => {
    expect(view.domainCounts().map((d) => [d.key, d.count])).toEqual([
      ['environment', 3],
      ['farm-subsidies', 1],
      ['relocation', 0],
      ['other', 1],
    ]);
    expect(view.domainName('other')).toBe('其他');
  });

  it('lists a domain newest first, ties broken by index number so the order is stable', () => {
    expect(view.inDomain('environment').map((d) => d.id)).toEqual(['e', 'b', 'a']);
    expect(view.inDomain('other').map((d) => d.id)).toEqual(['d']);
    expect(view.inDomain('relocation')).toEqual([]);
  });

  it('gives the latest documents across domains and finds by id', () => {
    expect(view.latest(2).map((d) => d.id)).toEqual(['e', 'b']);
    expect(view.get('c')?.domain).toBe('farm-subsidies');
    expect(view.get('nope')).toBeUndefined();
    expect(view.size).toBe(5);
  });
});
