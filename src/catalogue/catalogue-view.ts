// Read-only queries over the active catalogue that the screens need: domains with counts, latest, by domain, by id.
import type { Catalogue, CatalogueDocument, Domain } from '../shared/package-format.ts';
import { browse, type BrowseResult, type Filters } from './facets.ts';

export interface DomainCount extends Domain {
  count: number;
}

/** Newest first; the index number breaks ties so the order is stable across runs. */
function byNewest(a: CatalogueDocument, b: CatalogueDocument): number {
  return b.publishDate.localeCompare(a.publishDate) || b.indexNo.localeCompare(a.indexNo);
}

export class CatalogueView {
  private readonly byId: Map<string, CatalogueDocument>;
  private readonly sorted: CatalogueDocument[];

  /** `otherName` labels documents whose domain the package does not list; it comes from the string tables. */
  constructor(
    private readonly catalogue: Catalogue,
    private readonly otherName: string,
  ) {
    this.byId = new Map(catalogue.documents.map((d) => [d.id, d]));
    this.sorted = [...catalogue.documents].sort(byNewest);
  }

  get size(): number {
    return this.catalogue.documents.length;
  }

  get(id: string): CatalogueDocument | undefined {
    return this.byId.get(id);
  }

  /** The package's domains in its own order, with document counts; documents under an unknown key count as `other`. */
  domainCounts(): DomainCount[] {
    const counts = new Map<string, number>();
    const known = new Set(this.catalogue.domains.map((d) => d.key));
    for (const doc of this.catalogue.documents) {
      const key = known.has(doc.domain) ? doc.domain : 'other';
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const list: DomainCount[] = this.catalogue.domains.map((d) => ({ ...d, count: counts.get(d.key) ?? 0 }));
    const other = counts.get('other');
    if (other && !known.has('other')) list.push({ key: 'other', name: this.otherName, count: other });
    return list;
  }

  domainName(key: string): string | undefined {
    return this.domainCounts().find((d) => d.key === key)?.name;
  }

  latest(limit: number): CatalogueDocument[] {
    return this.sorted.slice(0, limit);
  }

  /** Documents matching every filter, newest first, with the counts each facet's values would give. */
  browse(filters: Filters): BrowseResult {
    const known = new Set(this.catalogue.domains.map((d) => d.key));
    const order = this.domainCounts().map((d) => d.key);
    return browse(this.sorted, filters, (d) => (known.has(d.domain) ? d.domain : 'other'), order);
  }

  /** The catalogue's documents in package order: the index's document n is documents[n]. */
  get documents(): readonly CatalogueDocument[] {
    return this.catalogue.documents;
  }

  inDomain(key: string): CatalogueDocument[] {
    const known = new Set(this.catalogue.domains.map((d) => d.key));
    return this.sorted.filter((d) => d.domain === key || (key === 'other' && !known.has(d.domain)));
  }
}
