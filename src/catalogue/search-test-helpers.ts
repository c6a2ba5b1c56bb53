// Test helpers (unit tests only): documents from a few fields, and a search service built over them.
import type { Catalogue, CatalogueDocument } from '../shared/package-format.ts';
import { buildSearchData } from './build-search-data.ts';
import { SearchService } from './search-service.ts';

export function makeDoc(id: string, fields: Partial<CatalogueDocument> = {}): CatalogueDocument {
  return {
    id,
    indexNo: `idx-${id}`,
    title: id,
    publisher: '',
    docNo: '',
    writtenDate: '',
    publishDate: '2024-01-01',
    topics: [],
    domain: 'environment',
    genre: '通知',
    disclosure: '主动公开',
    scope: '面向全社会',
    validity: '有效',
    keywords: [],
    summary: '',
    files: [{ path: `files/${id}.pdf`, type: 'application/pdf' }],
    textPath: `text/${id}.txt`,
    related: [],
    ...fields,
  };
}

export async function serviceFor(
  documents: CatalogueDocument[],
  bodies: string[],
  domains: Catalogue['domains'] = [],
  commonTerms?: Catalogue['commonTerms'],
) {
  const catalogue = { domains, documents, commonTerms };
  const data = await buildSearchData(catalogue, async (i) => bodies[i] ?? '');
  return { data, service: new SearchService(data, documents) };
}
