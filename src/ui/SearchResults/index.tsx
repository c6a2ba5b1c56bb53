// The results of a search: how many, then the documents with matches marked; the start and no-result states otherwise.
import type { SearchHits, SearchService } from '../../catalogue/search-service.ts';
import { CommonTerms } from '../CommonTerms/index.tsx';
import { DocRow } from '../DocRow/index.tsx';
import { formatNumber, useStrings } from '../i18n/index.ts';
import { NoResults } from '../NoResults/index.tsx';
import { ReadAloud } from '../ReadAloud/index.tsx';
import { listText } from '../ReadAloud/readable-text.ts';
import { VirtualList } from '../VirtualList/index.tsx';
import styles from './style.module.css';

interface Props {
  /** The query as in the route. */
  query: string;
  hits: SearchHits;
  service: SearchService;
  onQuery: (query: string) => void;
}

export function SearchResults({ query, hits, service, onQuery }: Props) {
  const t = useStrings();
  const count = hits.docs.length;
  const empty = hits.terms.length === 0;
  return (
    <section
      class={styles.results}
      data-testid="search-results"
      data-query={query}
      data-count={count}
      aria-live="polite"
    >
      {empty ? (
        <div class={styles.scroll}>
          <p class={styles.note}>{t.search.start}</p>
          <CommonTerms groups={service.commonTerms} onPick={onQuery} />
        </div>
      ) : count === 0 ? (
        <div class={styles.scroll}>
          <NoResults query={query.trim()} suggestions={service.suggestions(query)} onPick={onQuery} />
        </div>
      ) : (
        <>
          <div class={styles.head}>
            <p class={styles.count}>{t.search.count(formatNumber(count, t.locale), query.trim())}</p>
            <ReadAloud
              text={() =>
                listText(
                  Array.from(hits.docs.slice(0, 10), (i) => service.documents[i]!.title),
                  count,
                )
              }
            />
          </div>
          <VirtualList
            key={query}
            scrollKey={`search?${query}`}
            count={count}
            estimatedRowHeight={220}
            rowKey={(i) => hits.docs[i]!}
            renderRow={(i) => {
              const doc = service.documents[hits.docs[i]!]!;
              return (
                <DocRow
                  doc={doc}
                  withSnippet
                  fixedHeight
                  snippet={service.snippet(hits.docs[i]!, hits.terms)}
                  marks={{
                    title: service.highlight(doc.title, hits.terms),
                    docNo: service.highlight(doc.docNo, hits.terms),
                    publisher: service.highlight(doc.publisher, hits.terms),
                  }}
                />
              );
            }}
          />
        </>
      )}
    </section>
  );
}
