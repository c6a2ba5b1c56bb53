// Browsing the catalogue (#/browse?domain=&publisher=&year=&genre=&validity=): filter chips beside the list, newest first.
import { useMemo } from 'preact/hooks';
import { filtersFrom } from '../../catalogue/facets.ts';
import { DocRow } from '../DocRow/index.tsx';
import { FacetPanel } from '../FacetPanel/index.tsx';
import { formatNumber, useStrings } from '../i18n/index.ts';
import { ReadAloud } from '../ReadAloud/index.tsx';
import { listText } from '../ReadAloud/readable-text.ts';
import { ScreenHeader } from '../ScreenHeader/index.tsx';
import { useServices } from '../services.ts';
import { VirtualList } from '../VirtualList/index.tsx';
import styles from './style.module.css';

export function Browse({ params }: { params: URLSearchParams }) {
  const t = useStrings();
  const { catalogue } = useServices();
  const key = params.toString();
  // From the address's text, not its object: a route read again with the same filters keeps the same result.
  const filters = useMemo(() => filtersFrom(new URLSearchParams(key)), [key]);
  const result = useMemo(() => catalogue.browse(filters), [catalogue, filters]);
  // 'other' is named by the interface language, not the package: the catalogue was built with the default language's word.
  const domainName =
    filters.domain === undefined
      ? t.browse.allTitle
      : filters.domain === 'other'
        ? t.home.otherDomain
        : catalogue.domainName(filters.domain);
  const documents = domainName === undefined ? [] : result.documents;
  return (
    <>
      <ScreenHeader title={domainName ?? ''} content={filters.domain !== undefined && filters.domain !== 'other'} />
      <main class={styles.browse}>
        <div class={styles.filters}>
          {domainName !== undefined && <FacetPanel facets={result.facets} filters={filters} />}
        </div>
        <section class={styles.list} data-testid="search-results" data-query="" data-count={documents.length}>
          {domainName === undefined ? (
            <p class={styles.note}>{t.browse.unknownDomain}</p>
          ) : documents.length === 0 ? (
            <p class={styles.note}>
              {filters.domain && Object.keys(filters).length === 1 ? t.browse.empty : t.browse.noMatch}
            </p>
          ) : (
            <>
              <div class={styles.head}>
                <p class={styles.count}>{t.browse.count(formatNumber(documents.length, t.locale))}</p>
                <ReadAloud
                  text={() =>
                    listText(
                      documents.slice(0, 10).map((d) => d.title),
                      documents.length,
                    )
                  }
                />
              </div>
              <VirtualList
                key={key}
                scrollKey={`browse?${key}`}
                count={documents.length}
                estimatedRowHeight={150}
                rowKey={(i) => documents[i]!.id}
                renderRow={(i) => <DocRow doc={documents[i]!} fixedHeight />}
              />
            </>
          )}
        </section>
      </main>
    </>
  );
}
