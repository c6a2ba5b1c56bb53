// Browse filters: documents matching every chosen facet value, and per value how many there would be if it were chosen.
import type { CatalogueDocument } from '../shared/package-format.ts';

export const FACETS = ['domain', 'publisher', 'year', 'genre', 'validity'] as const;
export type FacetName = (typeof FACETS)[number];
/** At most one value per facet, as in the route `#/browse?domain=&publisher=&year=&genre=&validity=`. */
export type Filters = Partial<Record<FacetName, string>>;

export interface FacetValue {
  value: string;
  /** Documents matching the other facets' filters and this value: what choosing it would show. */
  count: number;
}

export interface BrowseResult {
  /** In the order given (newest first from the catalogue view). */
  documents: CatalogueDocument[];
  facets: Record<FacetName, FacetValue[]>;
}

const VALIDITY_ORDER = ['有效', '已修订', '失效', '废止'];

/**
 * One pass over the documents: a document failing no filter is listed and counts for every facet; one failing exactly
 * one filter counts only for that facet's value, which is the count that facet's chip shows while others are chosen.
 */
export function browse(
  sorted: readonly CatalogueDocument[],
  filters: Filters,
  domainOf: (doc: CatalogueDocument) => string,
  domainOrder: readonly string[],
): BrowseResult {
  const valueOf: Record<FacetName, (doc: CatalogueDocument) => string> = {
    domain: domainOf,
    publisher: (d) => d.publisher,
    year: (d) => d.publishDate.slice(0, 4),
    genre: (d) => d.genre,
    validity: (d) => d.validity,
  };
  const active = FACETS.filter((f) => filters[f]);
  const counts = Object.fromEntries(FACETS.map((f) => [f, new Map<string, number>()])) as Record<
    FacetName,
    Map<string, number>
  >;
  const documents: CatalogueDocument[] = [];
  const bump = (facet: FacetName, value: string) => counts[facet].set(value, (counts[facet].get(value) ?? 0) + 1);
  for (const doc of sorted) {
    let failed: FacetName | undefined;
    let failures = 0;
    for (const f of active) {
      if (valueOf[f](doc) !== filters[f] && ++failures === 1) failed = f;
    }
    if (failures === 0) {
      documents.push(doc);
      for (const f of FACETS) bump(f, valueOf[f](doc));
    } else if (failures === 1) {
      bump(failed!, valueOf[failed!](doc));
    }
  }
  const ordered = (facet: FacetName): FacetValue[] => {
    const map = counts[facet];
    const chosen = filters[facet];
    if (chosen && !map.has(chosen)) map.set(chosen, 0);
    const list = [...map].map(([value, count]) => ({ value, count }));
    const rank = (order: readonly string[]) => (v: FacetValue) => {
      const i = order.indexOf(v.value);
      return i < 0 ? order.length : i;
    };
    if (facet === 'domain') return list.sort((a, b) => rank(domainOrder)(a) - rank(domainOrder)(b));
    if (facet === 'validity') return list.sort((a, b) => rank(VALIDITY_ORDER)(a) - rank(VALIDITY_ORDER)(b));
    if (facet === 'year') return list.sort((a, b) => b.value.localeCompare(a.value));
    return list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'zh-CN'));
  };
  return {
    documents,
    facets: Object.fromEntries(FACETS.map((f) => [f, ordered(f)])) as Record<FacetName, FacetValue[]>,
  };
}

/** The filters a route's parameters name; unknown parameters and empty values are left out. */
export function filtersFrom(params: URLSearchParams): Filters {
  const filters: Filters = {};
  for (const f of FACETS) {
    const value = params.get(f);
    if (value) filters[f] = value;
  }
  return filters;
}
